package id.jalin.loan.iso;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.function.Function;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Writes a message as ISO 18626 v1.2 XML, every element in the order the schema's sequences demand. */
final class IsoMessageWriter {
    static final String NAMESPACE = "http://illtransactions.org/2013/iso18626";
    static final String VERSION = "1.2";
    private static final String PREFIX = "ill";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    private static final String SCHEMA_LOCATION = NAMESPACE + " https://illtransactions.org/schemas/ISO-18626-v1_2.xsd";

    private IsoMessageWriter() {
    }

    static void write(IsoMessage message, OutputStream stream) throws IOException {
        try {
            XMLStreamWriter writer = XMLOutputFactory.newFactory()
                    .createXMLStreamWriter(stream, StandardCharsets.UTF_8.name());
            writer.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
            writer.writeCharacters("\n");
            // The schema qualifies its attributes (attributeFormDefault="qualified"), so the version attribute
            // needs a prefix; elements take the default namespace, as ReShare and OCLC write them.
            writer.writeStartElement("", "ISO18626Message", NAMESPACE);
            writer.writeDefaultNamespace(NAMESPACE);
            writer.writeNamespace(PREFIX, NAMESPACE);
            writer.writeNamespace("xsi", XSI);
            writer.writeAttribute(PREFIX, NAMESPACE, "version", VERSION);
            writer.writeAttribute("xsi", XSI, "schemaLocation", SCHEMA_LOCATION);
            IsoXmlOut out = new IsoXmlOut(writer, 1);
            out.open(body(message));
            header(out, message.header());
            if (message instanceof IsoRequest request) {
                request(out, request);
            } else if (message instanceof IsoSupplyingAgencyMessage supplying) {
                supplying(out, supplying);
            } else if (message instanceof IsoRequestingAgencyMessage requesting) {
                out.required("action", requesting.action().xmlValue());
                out.text("note", requesting.note());
            }
            out.close();
            writer.writeCharacters("\n");
            writer.writeEndElement();
            writer.writeCharacters("\n");
            writer.writeEndDocument();
            writer.flush();
            writer.close();
        } catch (XMLStreamException e) {
            throw new IOException("Could not write the ISO 18626 message", e);
        }
    }

    private static String body(IsoMessage message) {
        if (message instanceof IsoRequest) {
            return "request";
        }
        return message instanceof IsoSupplyingAgencyMessage ? "supplyingAgencyMessage" : "requestingAgencyMessage";
    }

    private static void header(IsoXmlOut out, IsoHeader header) throws XMLStreamException {
        out.open("header");
        agency(out, "supplyingAgencyId", header.supplyingAgencyId());
        agency(out, "requestingAgencyId", header.requestingAgencyId());
        out.required("multipleItemRequestId", header.multipleItemRequestId());
        out.required("timestamp", IsoDateTimes.write(header.timestamp()));
        out.required("requestingAgencyRequestId", header.requestingAgencyRequestId());
        out.text("supplyingAgencyRequestId", header.supplyingAgencyRequestId());
        out.close();
    }

    private static void agency(IsoXmlOut out, String name, IsoAgencyId id) throws XMLStreamException {
        out.open(name);
        out.required("agencyIdType", id.type());
        out.required("agencyIdValue", id.value());
        out.close();
    }

    private static void request(IsoXmlOut out, IsoRequest request) throws XMLStreamException {
        IsoBibliographicInfo bib = request.bibliographicInfo();
        out.open("bibliographicInfo");
        out.text("supplierUniqueRecordId", bib.supplierUniqueRecordId());
        out.text("title", bib.title());
        out.text("author", bib.author());
        out.text("subtitle", bib.subtitle());
        out.text("edition", bib.edition());
        out.text("titleOfComponent", bib.titleOfComponent());
        out.text("authorOfComponent", bib.authorOfComponent());
        out.text("pagesRequested", bib.pagesRequested());
        for (IsoBibliographicItemId id : bib.itemIds()) {
            out.open("bibliographicItemId");
            out.required("bibliographicItemIdentifier", id.identifier());
            out.required("bibliographicItemIdentifierCode", id.code());
            out.close();
        }
        out.close();
        IsoPublicationInfo publication = request.publicationInfo();
        if (publication != null) {
            out.open("publicationInfo");
            out.text("publisher", publication.publisher());
            out.text("publicationDate", publication.publicationDate());
            out.text("placeOfPublication", publication.placeOfPublication());
            out.close();
        }
        IsoServiceInfo service = request.serviceInfo();
        if (service != null) {
            out.open("serviceInfo");
            out.required("serviceType", service.serviceType().xmlValue());
            out.text("needBeforeDate", date(service.needBeforeDate(), IsoDateTimes::writeDeadline));
            out.text("copyrightCompliance", service.copyrightCompliance());
            out.text("note", service.note());
            out.close();
        }
        for (IsoSupplierInfo supplier : request.suppliers()) {
            out.open("supplierInfo");
            out.text("sortOrder", supplier.sortOrder() == null ? null : supplier.sortOrder().toString());
            if (supplier.supplierCode() != null) {
                agency(out, "supplierCode", supplier.supplierCode());
            }
            out.text("callNumber", supplier.callNumber());
            out.close();
        }
        IsoPatronInfo patron = request.patronInfo();
        if (patron != null) {
            out.open("patronInfo");
            out.text("patronId", patron.patronId());
            out.text("surname", patron.surname());
            out.text("givenName", patron.givenName());
            out.text("patronType", patron.patronType());
            out.close();
        }
    }

    private static void supplying(IsoXmlOut out, IsoSupplyingAgencyMessage message) throws XMLStreamException {
        IsoMessageInfo info = message.messageInfo();
        out.open("messageInfo");
        out.required("reasonForMessage", info.reasonForMessage().xmlValue());
        out.text("answerYesNo", info.answerYesNo() == null ? null : info.answerYesNo().xmlValue());
        out.text("note", info.note());
        out.text("reasonUnfilled", info.reasonUnfilled());
        out.text("reasonRetry", info.reasonRetry());
        if (info.offeredCosts() != null) {
            out.open("offeredCosts");
            out.required("currencyCode", info.offeredCosts().currencyCode());
            out.required("monetaryValue", info.offeredCosts().monetaryValue().toPlainString());
            out.close();
        }
        out.text("retryAfter", date(info.retryAfter(), IsoDateTimes::writeStartOfDay));
        out.close();
        IsoStatusInfo status = message.statusInfo();
        out.open("statusInfo");
        out.required("status", status.status().xmlValue());
        out.text("expectedDeliveryDate", date(status.expectedDeliveryDate(), IsoDateTimes::writeDeadline));
        out.text("dueDate", date(status.dueDate(), IsoDateTimes::writeDeadline));
        out.required("lastChange", IsoDateTimes.write(status.lastChange()));
        out.close();
        IsoDeliveryInfo delivery = message.deliveryInfo();
        if (delivery != null) {
            out.open("deliveryInfo");
            out.required("dateSent", IsoDateTimes.write(delivery.dateSent()));
            out.text("itemId", delivery.itemId());
            out.close();
        }
    }

    private static String date(LocalDate day, Function<LocalDate, String> format) {
        return day == null ? null : format.apply(day);
    }
}
