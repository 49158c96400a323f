package id.jalin.loan.iso;

import static id.jalin.loan.iso.IsoDom.child;
import static id.jalin.loan.iso.IsoDom.children;
import static id.jalin.loan.iso.IsoDom.date;
import static id.jalin.loan.iso.IsoDom.dateTime;
import static id.jalin.loan.iso.IsoDom.required;
import static id.jalin.loan.iso.IsoDom.text;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;

/**
 * Maps a message the schema has accepted to the records. Elements Jalin does not carry (billing, addresses,
 * series, volume and issue, return information, scheme attributes, ...) are passed over without complaint: other
 * systems send them and they do not change what a forum loan needs.
 */
final class IsoMessageReader {
    private IsoMessageReader() {
    }

    static IsoMessage read(Element root) throws IsoMessageRefusedException {
        Element body = IsoDom.firstElement(root);
        String kind = body.getLocalName();
        return switch (kind) {
            case "request" -> request(body);
            case "supplyingAgencyMessage" -> supplying(body);
            case "requestingAgencyMessage" -> new IsoRequestingAgencyMessage(header(body),
                    IsoAction.fromXml(text(body, "action")), text(body, "note"));
            default -> throw IsoMessageRefusedException.because("loan.iso.refused.confirmation", kind);
        };
    }

    private static IsoHeader header(Element body) throws IsoMessageRefusedException {
        Element header = child(body, "header");
        return new IsoHeader(agency(child(header, "supplyingAgencyId")), agency(child(header, "requestingAgencyId")),
                text(header, "multipleItemRequestId"), dateTime(header, "timestamp"),
                required(header, "requestingAgencyRequestId"), text(header, "supplyingAgencyRequestId"));
    }

    private static IsoAgencyId agency(Element id) throws IsoMessageRefusedException {
        return new IsoAgencyId(text(id, "agencyIdType"), required(id, "agencyIdValue"));
    }

    private static IsoRequest request(Element body) throws IsoMessageRefusedException {
        Element bib = child(body, "bibliographicInfo");
        List<IsoBibliographicItemId> itemIds = new ArrayList<>();
        for (Element id : children(bib, "bibliographicItemId")) {
            itemIds.add(new IsoBibliographicItemId(required(id, "bibliographicItemIdentifier"),
                    required(id, "bibliographicItemIdentifierCode")));
        }
        IsoBibliographicInfo bibliographic = new IsoBibliographicInfo(text(bib, "supplierUniqueRecordId"),
                text(bib, "title"), text(bib, "author"), text(bib, "subtitle"), text(bib, "edition"),
                text(bib, "titleOfComponent"), text(bib, "authorOfComponent"), text(bib, "pagesRequested"), itemIds);

        Element pub = child(body, "publicationInfo");
        IsoPublicationInfo publication = pub == null ? null
                : new IsoPublicationInfo(text(pub, "publisher"), text(pub, "publicationDate"),
                        text(pub, "placeOfPublication"));

        Element service = child(body, "serviceInfo");
        IsoServiceInfo serviceInfo = service == null ? null
                : new IsoServiceInfo(IsoServiceType.fromXml(text(service, "serviceType")),
                        date(service, "needBeforeDate"), text(service, "copyrightCompliance"), text(service, "note"));

        List<IsoSupplierInfo> suppliers = new ArrayList<>();
        for (Element supplier : children(body, "supplierInfo")) {
            Element code = child(supplier, "supplierCode");
            suppliers.add(new IsoSupplierInfo(IsoDom.integer(supplier, "sortOrder"),
                    code == null ? null : agency(code), text(supplier, "callNumber")));
        }

        Element patron = child(body, "patronInfo");
        IsoPatronInfo patronInfo = patron == null ? null
                : new IsoPatronInfo(text(patron, "patronId"), text(patron, "surname"), text(patron, "givenName"),
                        text(patron, "patronType"));

        return new IsoRequest(header(body), bibliographic, publication, serviceInfo, suppliers, patronInfo);
    }

    private static IsoSupplyingAgencyMessage supplying(Element body) throws IsoMessageRefusedException {
        Element info = child(body, "messageInfo");
        String answer = text(info, "answerYesNo");
        Element costs = child(info, "offeredCosts");
        IsoMessageInfo messageInfo = new IsoMessageInfo(IsoReasonForMessage.fromXml(text(info, "reasonForMessage")),
                answer == null ? null : IsoYesNo.fromXml(answer), text(info, "note"), text(info, "reasonUnfilled"),
                text(info, "reasonRetry"),
                costs == null ? null : new IsoCosts(required(costs, "currencyCode"), IsoDom.decimal(costs, "monetaryValue")),
                date(info, "retryAfter"));

        Element status = child(body, "statusInfo");
        IsoStatusInfo statusInfo = new IsoStatusInfo(IsoStatus.fromXml(text(status, "status")),
                date(status, "expectedDeliveryDate"), date(status, "dueDate"), dateTime(status, "lastChange"));

        Element delivery = child(body, "deliveryInfo");
        IsoDeliveryInfo deliveryInfo = delivery == null ? null
                : new IsoDeliveryInfo(dateTime(delivery, "dateSent"), text(delivery, "itemId"));

        return new IsoSupplyingAgencyMessage(header(body), messageInfo, statusInfo, deliveryInfo);
    }
}
