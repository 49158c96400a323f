package id.jalin.loan.iso;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Looks at the start of a file, before any schema, so that the common wrong files get their own reason: nothing
 * in it, something that is not XML, a web page saved by mistake, a DOCTYPE, another XML format, another version
 * of ISO 18626. The schema would refuse most of these too, but in words no librarian could act on.
 */
final class IsoInputSniffer {
    private static final int SHOWN_CHARACTERS = 40;

    private IsoInputSniffer() {
    }

    static void check(byte[] bytes) throws IsoMessageRefusedException {
        String start = beginning(bytes);
        if (start.isEmpty()) {
            throw IsoMessageRefusedException.because("loan.iso.refused.empty");
        }
        String lower = start.toLowerCase(Locale.ROOT);
        if (lower.startsWith("<!doctype html") || lower.startsWith("<html")) {
            throw IsoMessageRefusedException.because("loan.iso.refused.html");
        }
        if (!start.startsWith("<")) {
            throw IsoMessageRefusedException.because("loan.iso.refused.not_xml", shown(start));
        }
        checkRoot(bytes);
    }

    private static void checkRoot(byte[] bytes) throws IsoMessageRefusedException {
        XMLStreamReader reader = null;
        try {
            reader = IsoXmlParsers.sniffing().createXMLStreamReader(new ByteArrayInputStream(bytes));
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.DTD) {
                    String doctype = reader.getText().toLowerCase(Locale.ROOT);
                    throw IsoMessageRefusedException.because(doctype.matches("(?s)<!doctype\\s+html\\b.*")
                            ? "loan.iso.refused.html" : "loan.iso.refused.doctype");
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    checkRoot(reader);
                    return;
                }
            }
            throw IsoMessageRefusedException.because("loan.iso.refused.empty");
        } catch (XMLStreamException e) {
            Location at = e.getLocation();
            throw IsoMessageRefusedException.because("loan.iso.refused.malformed",
                    at == null ? 1 : at.getLineNumber(), at == null ? 1 : at.getColumnNumber(), parserWords(e));
        } finally {
            closeQuietly(reader);
        }
    }

    private static void checkRoot(XMLStreamReader root) throws IsoMessageRefusedException {
        String name = root.getLocalName();
        String namespace = root.getNamespaceURI();
        if (name.equalsIgnoreCase("html")) {
            throw IsoMessageRefusedException.because("loan.iso.refused.html");
        }
        if (namespace == null || namespace.isEmpty()) {
            throw IsoMessageRefusedException.because("loan.iso.refused.no_namespace", name);
        }
        if (!name.equals("ISO18626Message") || !namespace.equals(IsoMessageWriter.NAMESPACE)) {
            throw IsoMessageRefusedException.because("loan.iso.refused.not_iso", name, namespace);
        }
        // The schema wants the version qualified; a sender that left it unqualified still gets told the version.
        String version = root.getAttributeValue(IsoMessageWriter.NAMESPACE, "version");
        if (version == null) {
            version = root.getAttributeValue("", "version");
        }
        if (version != null && !version.equals(IsoMessageWriter.VERSION)) {
            throw IsoMessageRefusedException.because("loan.iso.refused.version", version);
        }
    }

    /** The first characters as text, without a byte order mark or leading white space. */
    private static String beginning(byte[] bytes) {
        Charset charset = bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)) ? StandardCharsets.UTF_16
                : StandardCharsets.UTF_8;
        String text = new String(bytes, 0, Math.min(bytes.length, 1024), charset);
        return text.replace("\uFEFF", "").strip();
    }

    private static String shown(String start) {
        String firstLine = start.lines().findFirst().orElse("").replaceAll("\\p{Cntrl}", "?");
        return firstLine.length() <= SHOWN_CHARACTERS ? firstLine
                : firstLine.substring(0, SHOWN_CHARACTERS) + "\u2026";
    }

    /** The JDK's own reason, without the "ParseError at [row,col]" prefix the location already gives. */
    private static String parserWords(XMLStreamException e) {
        String message = String.valueOf(e.getMessage());
        int words = message.indexOf("Message: ");
        return words >= 0 ? message.substring(words + "Message: ".length()).strip() : message.strip();
    }

    private static void closeQuietly(XMLStreamReader reader) {
        if (reader == null) {
            return;
        }
        try {
            reader.close();
        } catch (XMLStreamException ignored) {
            // Nothing to release beyond the byte array, which the caller still holds.
        }
    }
}
