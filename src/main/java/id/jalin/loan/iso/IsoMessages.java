package id.jalin.loan.iso;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * ISO 18626 v1.2 XML for a loan with a library outside the forum's database: {@link #write} makes the file Jalin
 * sends, {@link #read} takes one another system sent. Which request a message belongs to, and whether its state
 * change is allowed, is the loan service's question, not this class's.
 */
public final class IsoMessages {
    private IsoMessages() {
    }

    /** Writes {@code message} as UTF-8 XML valid against the bundled schema; the stream is left open. */
    public static void write(IsoMessage message, OutputStream out) throws IOException {
        IsoMessageWriter.write(message, out);
    }

    /**
     * Reads one message. The file is checked in this order, each failure refused with its own reason: empty, not
     * XML or a web page, a DOCTYPE, another XML format or another ISO 18626 version, broken XML, a breach of the
     * schema (line, column, the validator's words), a confirmation, a value Jalin cannot hold.
     *
     * @throws IOException when the stream itself cannot be read
     */
    public static IsoMessage read(InputStream in) throws IOException, IsoMessageRefusedException {
        byte[] bytes = in.readAllBytes();
        IsoInputSniffer.check(bytes);
        Document document = parse(bytes);
        IsoSchema.validate(bytes);
        return IsoMessageReader.read(document.getDocumentElement());
    }

    private static Document parse(byte[] bytes) throws IOException, IsoMessageRefusedException {
        var builder = IsoXmlParsers.documentBuilder();
        builder.setErrorHandler(new IsoStopAtFirstError());
        try {
            return builder.parse(new ByteArrayInputStream(bytes));
        } catch (SAXParseException e) {
            throw IsoMessageRefusedException.because("loan.iso.refused.malformed", e.getLineNumber(),
                    e.getColumnNumber(), e.getMessage());
        } catch (SAXException e) {
            throw IsoMessageRefusedException.because("loan.iso.refused.malformed", 0, 0, e.getMessage());
        }
    }
}
