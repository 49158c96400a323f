package id.jalin.loan.iso;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import javax.xml.XMLConstants;
import javax.xml.transform.sax.SAXSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * The bundled ISO 18626 v1.2 schema (from the maintenance agency, see decision record 0026) and validation
 * against it. The schema is compiled once: a compiled {@link Schema} is immutable and safe to share.
 */
final class IsoSchema {
    static final String RESOURCE = "/id/jalin/loan/iso/ISO-18626-v1_2.xsd";

    private IsoSchema() {
    }

    private static final class Compiled {
        static final Schema SCHEMA = compile();

        private static Schema compile() {
            URL xsd = IsoSchema.class.getResource(RESOURCE);
            if (xsd == null) {
                throw new IllegalStateException("The ISO 18626 schema is missing from the build: " + RESOURCE);
            }
            try {
                SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
                factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
                factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
                // The schema imports nothing; its own file is read from the class path, not through this property.
                factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
                return factory.newSchema(xsd);
            } catch (SAXException e) {
                throw new IllegalStateException("The bundled ISO 18626 schema does not compile", e);
            }
        }
    }

    /** Refuses a well-formed document that breaks the schema, with the line, column and the validator's words. */
    static void validate(byte[] bytes) throws IsoMessageRefusedException, IOException {
        Validator validator = Compiled.SCHEMA.newValidator();
        try {
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            // A schemaLocation hint in the message (ReShare writes one) must not send Jalin to the network.
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        } catch (SAXException e) {
            throw new IllegalStateException("The JDK's validator lacks a safety property", e);
        }
        validator.setErrorHandler(new IsoStopAtFirstError());
        XMLReader reader = IsoXmlParsers.saxReader();
        try {
            validator.validate(new SAXSource(reader, new InputSource(new ByteArrayInputStream(bytes))));
        } catch (SAXParseException e) {
            throw IsoMessageRefusedException.because("loan.iso.refused.invalid", e.getLineNumber(),
                    e.getColumnNumber(), e.getMessage());
        } catch (SAXException e) {
            throw IsoMessageRefusedException.because("loan.iso.refused.invalid", 0, 0, e.getMessage());
        }
    }
}
