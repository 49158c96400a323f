package id.jalin.loan.iso;

import static id.jalin.loan.iso.IsoSamples.text;
import static id.jalin.loan.iso.IsoSamples.written;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class IsoMessagesRoundTripTest {
    private static final String NAMESPACE = "http://illtransactions.org/2013/iso18626";

    static Stream<Arguments> messages() {
        return Stream.of(
                Arguments.of("copy request with pages and copyright note", IsoSamples.copyRequest()),
                Arguments.of("loan request with two lenders in rota order", IsoSamples.loanRequest()),
                Arguments.of("loaned with a due date", IsoSamples.loaned()),
                Arguments.of("unfilled with a reason", IsoSamples.unfilled()),
                Arguments.of("retry possible with a condition", IsoSamples.retryPossible()),
                Arguments.of("renewal asked", IsoSamples.renew()),
                Arguments.of("shipped back", IsoSamples.shippedReturn()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("messages")
    void writtenMessageIsValidAndReadsBackEqual(String what, IsoMessage message) throws Exception {
        byte[] xml = written(message);

        IsoSchemaCheck.validate(xml);
        assertThat(IsoMessages.read(new ByteArrayInputStream(xml))).isEqualTo(message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("messages")
    void rootIsVersionOneTwoInTheIsoNamespace(String what, IsoMessage message) throws Exception {
        Element root = dom(written(message)).getDocumentElement();

        assertThat(root.getLocalName()).isEqualTo("ISO18626Message");
        assertThat(root.getNamespaceURI()).isEqualTo(NAMESPACE);
        assertThat(root.getAttributeNS(NAMESPACE, "version")).isEqualTo("1.2");
    }

    @Test
    void theFileIsUtf8WithItsDeclaration() {
        String xml = text(written(IsoSamples.loaned()));

        assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    }

    @Test
    void instantsCarryTheJakartaOffsetAndDueDatesTheLastSecondOfTheDay() {
        String xml = text(written(IsoSamples.loaned()));

        assertThat(xml).contains("<timestamp>2026-11-03T09:15:00+07:00</timestamp>")
                .contains("<dueDate>2026-11-24T23:59:59+07:00</dueDate>")
                .contains("<lastChange>2026-11-03T11:15:00+07:00</lastChange>")
                .contains("<dateSent>2026-11-03T10:15:00+07:00</dateSent>");
    }

    @Test
    void theRotaIsWrittenInItsOrder() throws Exception {
        Document document = dom(written(IsoSamples.loanRequest()));
        var suppliers = document.getElementsByTagNameNS(NAMESPACE, "supplierInfo");

        assertThat(suppliers.getLength()).isEqualTo(2);
        assertThat(suppliers.item(0).getTextContent()).contains("1", "UNPAD", "899.221 3 TOE b");
        assertThat(suppliers.item(1).getTextContent()).contains("2", "UGM");
        IsoRequest read = (IsoRequest) IsoMessages.read(new ByteArrayInputStream(written(IsoSamples.loanRequest())));
        assertThat(read.suppliers()).extracting(s -> s.supplierCode().value()).containsExactly("UNPAD", "UGM");
    }

    @Test
    void indonesianTextAmpersandsAndAngleBracketsSurvive() throws Exception {
        String title = "Bumi & Manusia <edisi ke-2> \u2014 \u201cKarya\u201d Pramoedya; P\u00e9rsp\u00e8ctive";
        String note = "Kirim ke Jl. Ganesa No. 10 <Gedung Perpustakaan Pusat> & tandatangani.\r\n"
                + "Aksara Jawa: \ua997\ua9ad\ua9b6\ua9a4\ua9c0 & emoji \ud83d\udcda; \"kutipan\" 'tunggal' ]]>";
        IsoMessage message = new IsoRequestingAgencyMessage(IsoSamples.header(null), IsoAction.NOTIFICATION, note);
        IsoRequest request = new IsoRequest(IsoSamples.header(null),
                new IsoBibliographicInfo(null, title, "Toer, Pramoedya Ananta", null, null, null, null, null, List.of()),
                null, null, List.of(), new IsoPatronInfo(null, "Sembiring", "Rut\u00e9 \u00d1", null));

        for (IsoMessage each : List.of(message, request)) {
            byte[] xml = written(each);
            IsoSchemaCheck.validate(xml);
            assertThat(IsoMessages.read(new ByteArrayInputStream(xml))).isEqualTo(each);
        }
        assertThat(text(written(request))).contains("Bumi &amp; Manusia &lt;edisi ke-2&gt;");
    }

    @Test
    void aCharacterXmlCannotCarryBecomesAReplacementCharacter() throws Exception {
        IsoMessage message = new IsoRequestingAgencyMessage(IsoSamples.header(null), IsoAction.RECEIVED,
                "diterima\u0001 utuh");

        byte[] xml = written(message);
        IsoSchemaCheck.validate(xml);
        IsoRequestingAgencyMessage read = (IsoRequestingAgencyMessage) IsoMessages.read(new ByteArrayInputStream(xml));

        assertThat(read.note()).isEqualTo("diterima\ufffd utuh");
    }

    @Test
    void anAbsentSupplyingRequestIdIsLeftOutAndAnEmptyMultipleItemIdStays() {
        String xml = text(written(IsoSamples.copyRequest()));

        assertThat(xml).doesNotContain("supplyingAgencyRequestId").contains("<multipleItemRequestId></multipleItemRequestId>");
    }

    private static Document dom(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }
}
