package id.jalin.loan.iso;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Elements in the ISO 18626 namespace, one a line and indented so a person can read the file. Text is escaped by
 * StAX; a carriage return is written as a character reference (a parser would otherwise turn it into a line
 * feed), and a character XML 1.0 cannot carry at all becomes U+FFFD rather than a file no one can read.
 */
final class IsoXmlOut {
    private final XMLStreamWriter out;
    private int depth;

    IsoXmlOut(XMLStreamWriter out, int depth) {
        this.out = out;
        this.depth = depth;
    }

    void open(String name) throws XMLStreamException {
        newLine();
        out.writeStartElement(name);
        depth++;
    }

    void close() throws XMLStreamException {
        depth--;
        newLine();
        out.writeEndElement();
    }

    /** An element with text; nothing when the text is null. */
    void text(String name, String text) throws XMLStreamException {
        if (text != null) {
            required(name, text);
        }
    }

    /** An element with text, written even when empty (the schema wants it there). */
    void required(String name, String text) throws XMLStreamException {
        newLine();
        out.writeStartElement(name);
        characters(text == null ? "" : text);
        out.writeEndElement();
    }

    private void characters(String text) throws XMLStreamException {
        String clean = xmlSafe(text);
        int from = 0;
        for (int cr = clean.indexOf('\r'); cr >= 0; cr = clean.indexOf('\r', from)) {
            out.writeCharacters(clean.substring(from, cr));
            out.writeEntityRef("#13");
            from = cr + 1;
        }
        out.writeCharacters(clean.substring(from));
    }

    private static String xmlSafe(String text) {
        StringBuilder safe = new StringBuilder(text.length());
        text.codePoints().forEach(c -> safe.appendCodePoint(allowed(c) ? c : 0xFFFD));
        return safe.toString();
    }

    private static boolean allowed(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || c >= 0x10000 && c <= 0x10FFFF;
    }

    private void newLine() throws XMLStreamException {
        out.writeCharacters("\n" + "  ".repeat(depth));
    }
}
