package id.jalin.loan.iso;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.SAXException;

/**
 * Validates against the bundled XSD with a plain JDK validator of the test's own, so a written message is checked
 * by something other than the code under test.
 */
final class IsoSchemaCheck {
    private static Schema schema;

    private IsoSchemaCheck() {
    }

    static void validate(byte[] xml) throws SAXException, IOException {
        if (schema == null) {
            schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                    .newSchema(IsoSchemaCheck.class.getResource("/id/jalin/loan/iso/ISO-18626-v1_2.xsd"));
        }
        schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
    }
}
