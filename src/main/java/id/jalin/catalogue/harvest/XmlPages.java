package id.jalin.catalogue.harvest;

import java.io.ByteArrayInputStream;
import java.net.URI;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Reading the XML a server sent: safely (no DTDs, no external entities) and a page at a time. */
final class XmlPages {
    private static final XMLInputFactory FACTORY = factory();

    private XmlPages() {
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    /** A reader over the page, moved to its root element. */
    static XMLStreamReader open(byte[] body) throws XMLStreamException {
        XMLStreamReader xml = FACTORY.createXMLStreamReader(new ByteArrayInputStream(body));
        while (xml.getEventType() != XMLStreamConstants.START_ELEMENT) {
            xml.next();
        }
        return xml;
    }

    /**
     * The reader, when the page's root element is the one expected; otherwise the harvest stops: a web page written
     * as XHTML says so, any other XML is the wrong kind for the address.
     *
     * @param kind how the user knows the expected XML ("OAI-PMH", "MODS")
     */
    static XMLStreamReader expectRoot(XMLStreamReader xml, String root, String kind, URI uri)
            throws HarvestFailedException {
        if (root.equals(xml.getLocalName())) {
            return xml;
        }
        if ("html".equalsIgnoreCase(xml.getLocalName())) {
            throw HarvestFailedException.because("catalogue.harvest.html", uri.toString());
        }
        throw HarvestFailedException.because("catalogue.harvest.unexpected.xml", kind, xml.getLocalName(),
                uri.toString());
    }

    /** The page is not well-formed XML: where it broke, for whoever looks at the server. */
    static HarvestFailedException malformed(XMLStreamException e, URI uri) {
        int line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
        return HarvestFailedException.because(e, "catalogue.harvest.malformed", uri.toString(),
                String.valueOf(Math.max(line, 1)));
    }

    /**
     * The text inside the element the reader is on, its children's text included, leaving the reader on that
     * element's end tag.
     */
    static String text(XMLStreamReader xml) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                text.append(xml.getText());
            }
        }
        return text.toString().strip();
    }

    /** Moves past the element the reader is on, whatever it holds. */
    static void skip(XMLStreamReader xml) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }
}
