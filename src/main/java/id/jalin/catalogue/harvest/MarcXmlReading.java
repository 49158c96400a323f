package id.jalin.catalogue.harvest;

import id.jalin.catalogue.domain.CatalogueRecord;
import id.jalin.catalogue.domain.RecordSink;
import id.jalin.catalogue.source.MarcRecordMapping;
import id.jalin.kernel.importing.RejectedRow;
import id.jalin.kernel.validation.FieldError;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.marc4j.MarcException;
import org.marc4j.MarcXmlHandler;
import org.marc4j.RecordStack;
import org.marc4j.marc.Record;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;

/**
 * A {@code marcxml} record (Koha, INLISLite) read by marc4j's own MARCXML handler, fed straight from the page being
 * read, then mapped as every MARC record in Jalin is ({@link MarcRecordMapping}: Koha's items in 952 give the item
 * codes and call number). The record's id is its OAI identifier ({@code KOHA:1234}), which stays the same between
 * harvests even where 001 is empty or reused.
 */
final class MarcXmlReading implements MetadataReading {
    @Override
    public void read(XMLStreamReader xml, String identifier, int position, RecordSink sink) throws XMLStreamException {
        Record marc = null;
        String problem = "";
        boolean found = false;
        while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
            if (found) {
                XmlPages.skip(xml);
                continue;
            }
            found = true;
            OneRecord stack = new OneRecord();
            problem = feed(xml, new MarcXmlHandler(stack));
            marc = stack.record;
            if (problem.isEmpty() && stack.problem != null) {
                problem = String.valueOf(stack.problem.getMessage());
            }
        }
        if (!found) {
            missing(identifier, position, sink);
        } else if (marc == null || !problem.isEmpty()) {
            sink.setAside(new RejectedRow(position, List.of(FieldError.of("record",
                    "catalogue.harvest.record.unreadable", problem.isEmpty() ? "-" : problem)), List.of(identifier, "")));
        } else {
            MarcRecordMapping.read(marc, position, new Renaming(identifier, sink));
        }
    }

    /**
     * Hands the element the reader is on, and all inside it, to marc4j's handler as SAX events, leaving the reader
     * on its end tag; what marc4j refused, or the empty string.
     */
    private static String feed(XMLStreamReader xml, MarcXmlHandler handler) throws XMLStreamException {
        String problem = "";
        int depth = 0;
        try {
            handler.startDocument();
        } catch (SAXException | MarcException e) {
            problem = String.valueOf(e.getMessage());
        }
        while (true) {
            int event = xml.getEventType();
            try {
                if (problem.isEmpty()) {
                    pass(xml, event, handler);
                }
            } catch (SAXException | MarcException e) {
                problem = String.valueOf(e.getMessage());
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT && --depth == 0) {
                break;
            }
            xml.next();
        }
        try {
            if (problem.isEmpty()) {
                handler.endDocument();
            }
        } catch (SAXException | MarcException e) {
            problem = String.valueOf(e.getMessage());
        }
        return problem;
    }

    private static void pass(XMLStreamReader xml, int event, MarcXmlHandler handler) throws SAXException {
        switch (event) {
            case XMLStreamConstants.START_ELEMENT -> {
                AttributesImpl attributes = new AttributesImpl();
                for (int i = 0; i < xml.getAttributeCount(); i++) {
                    String name = xml.getAttributeLocalName(i);
                    attributes.addAttribute("", name, name, "CDATA", xml.getAttributeValue(i));
                }
                handler.startElement(namespace(xml), xml.getLocalName(), xml.getLocalName(), attributes);
            }
            case XMLStreamConstants.END_ELEMENT ->
                    handler.endElement(namespace(xml), xml.getLocalName(), xml.getLocalName());
            case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                char[] text = xml.getTextCharacters();
                handler.characters(text, xml.getTextStart(), xml.getTextLength());
            }
            default -> {
            }
        }
    }

    private static String namespace(XMLStreamReader xml) {
        return xml.getNamespaceURI() == null ? "" : xml.getNamespaceURI();
    }

    /** Takes the one record marc4j's handler pushes, without the thread its reader would start per record. */
    private static final class OneRecord extends RecordStack {
        private Record record;
        private RuntimeException problem;

        @Override
        public synchronized void push(Record pushed) {
            record = pushed;
        }

        @Override
        public synchronized void passException(RuntimeException e) {
            problem = e;
        }

        @Override
        public synchronized void end() {
            // Nothing waits on this stack.
        }
    }

    /** The record under its OAI identifier, set aside rows naming it too. */
    private record Renaming(String identifier, RecordSink sink) implements RecordSink {
        @Override
        public void accept(CatalogueRecord r) {
            sink.accept(new CatalogueRecord(identifier, r.title(), r.subtitle(), r.responsibility(), r.authors(),
                    r.edition(), r.publisher(), r.place(), r.year(), r.isbns(), r.issns(), r.subjects(), r.language(),
                    r.callNumber(), r.classification(), r.series(), r.extent(), r.notes(), r.kind(), r.itemCodes(),
                    r.copies(), r.flags(), r.original(), r.locations()));
        }

        @Override
        public void setAside(RejectedRow row) {
            List<String> raw = new ArrayList<>(row.rawValues());
            if (raw.isEmpty()) {
                raw.add(identifier);
            } else {
                raw.set(0, identifier);
            }
            sink.setAside(new RejectedRow(row.rowNumber(), row.reasons(), raw));
        }
    }
}
