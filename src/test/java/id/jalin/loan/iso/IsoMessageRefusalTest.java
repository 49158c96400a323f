package id.jalin.loan.iso;

import static id.jalin.loan.iso.IsoSamples.text;
import static id.jalin.loan.iso.IsoSamples.written;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.jalin.kernel.i18n.Language;
import id.jalin.kernel.i18n.Messages;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class IsoMessageRefusalTest {
    private static final Messages ENGLISH = new Messages(Language.ENGLISH);
    private static final Messages INDONESIAN = new Messages(Language.INDONESIAN);
    private static final String ROOT = "<ISO18626Message xmlns=\"http://illtransactions.org/2013/iso18626\""
            + " xmlns:ill=\"http://illtransactions.org/2013/iso18626\" ill:version=\"1.2\">";

    @Test
    void anEmptyFileIsRefusedAsEmpty() {
        assertThat(refusal(new byte[0]).messageKey()).isEqualTo("loan.iso.refused.empty");
        assertThat(refusal("\uFEFF \n\t ").messageKey()).isEqualTo("loan.iso.refused.empty");
        assertThat(words(refusal(new byte[0]))).isEqualTo("The file is empty: it holds no ISO 18626 message.");
    }

    @Test
    void somethingThatIsNotXmlIsRefusedWithItsBeginning() {
        IsoMessageRefusedException csv = refusal("PAP-2026-000123;ITB;UNPAD;Loaned\nPAP-2026-000124;ITB;UGM;Unfilled");
        IsoMessageRefusedException json = refusal("{\"request\": {\"title\": \"Bumi Manusia\", \"author\": \"Toer, Pramoedya Ananta\"}}");

        assertThat(csv.messageKey()).isEqualTo("loan.iso.refused.not_xml");
        assertThat(csv.args()).containsExactly("PAP-2026-000123;ITB;UNPAD;Loaned");
        assertThat(words(csv)).contains("not XML", "PAP-2026-000123;ITB;UNPAD;Loaned");
        assertThat(json.messageKey()).isEqualTo("loan.iso.refused.not_xml");
        assertThat((String) json.args().get(0)).startsWith("{\"request\"").endsWith("\u2026");
    }

    @Test
    void aWebPageIsRefusedAsHtml() {
        List<String> pages = List.of(
                "<!DOCTYPE html>\n<html lang=\"id\"><head><meta charset=\"utf-8\"><title>ILL</title></head></html>",
                "<html><body><p>Permintaan PAP-2026-000123</p></body></html>",
                "<?xml version=\"1.0\"?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\" "
                        + "\"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd\">\n"
                        + "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body/></html>",
                "<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><body/></html>");

        for (String page : pages) {
            assertThat(refusal(page).messageKey()).as(page).isEqualTo("loan.iso.refused.html");
        }
        assertThat(words(refusal(pages.get(0)))).contains("web page (HTML)");
    }

    @Test
    void aDoctypeIsRefusedBeforeAnyEntityIsExpanded() {
        String externalEntity = "<?xml version=\"1.0\"?>\n"
                + "<!DOCTYPE ISO18626Message [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>\n"
                + ROOT + "<requestingAgencyMessage>&secret;</requestingAgencyMessage></ISO18626Message>";
        String laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]>\n<lolz>&lol2;</lolz>";

        IsoMessageRefusedException refused = refusal(externalEntity);

        assertThat(refused.messageKey()).isEqualTo("loan.iso.refused.doctype");
        assertThat(refusal(laughs).messageKey()).isEqualTo("loan.iso.refused.doctype");
        assertThat(words(refused)).contains("DOCTYPE");
    }

    @Test
    void brokenXmlIsRefusedWithItsLineAndColumn() {
        String xml = text(written(IsoSamples.loaned()));
        String truncated = xml.substring(0, xml.indexOf("</statusInfo>"));
        int lastLine = (int) truncated.lines().count();

        IsoMessageRefusedException refused = refusal(truncated);

        assertThat(refused.messageKey()).isEqualTo("loan.iso.refused.malformed");
        assertThat(refused.args().get(0)).isEqualTo(lastLine);
        assertThat(words(refused)).startsWith("The XML is broken at line " + lastLine + ", column ");
    }

    @Test
    void aMessageAgainstTheSchemaIsRefusedWithLineColumnAndTheValidatorsWords() {
        String xml = text(written(IsoSamples.loaned())).replace("<status>Loaned</status>", "<status>Lost</status>");
        int line = lineOf(xml, "<status>Lost</status>");

        IsoMessageRefusedException refused = refusal(xml);

        assertThat(refused.messageKey()).isEqualTo("loan.iso.refused.invalid");
        assertThat(refused.args().get(0)).isEqualTo(line);
        assertThat((Integer) refused.args().get(1)).isPositive();
        assertThat((String) refused.args().get(2)).contains("Lost");
        assertThat(words(refused)).startsWith("The message does not follow the ISO 18626 v1.2 schema at line " + line);
        assertThat(INDONESIAN.get(refused.messageKey(), refused.argsArray()))
                .startsWith("Pesan tidak sesuai skema ISO 18626 v1.2 pada baris " + line).contains("Lost");
    }

    @Test
    void aMissingRequiredElementIsNamedByTheValidator() {
        String xml = text(written(IsoSamples.loaned())).replaceAll("\\s*<lastChange>[^<]*</lastChange>", "");

        IsoMessageRefusedException refused = refusal(xml);

        assertThat(refused.messageKey()).isEqualTo("loan.iso.refused.invalid");
        assertThat((String) refused.args().get(2)).contains("statusInfo", "lastChange");
    }

    @Test
    void anUnqualifiedVersionBreaksTheSchemaWhichQualifiesItsAttributes() {
        String xml = text(written(IsoSamples.renew())).replace("ill:version=\"1.2\"", "version=\"1.2\"");

        IsoMessageRefusedException refused = refusal(xml);

        assertThat(refused.messageKey()).isEqualTo("loan.iso.refused.invalid");
        assertThat((String) refused.args().get(2)).contains("version");
    }

    @Test
    void anotherVersionIsRefusedSayingWhich() {
        String older = text(written(IsoSamples.renew())).replace("ill:version=\"1.2\"", "ill:version=\"1.1\"");
        String newer = text(written(IsoSamples.renew())).replace("ill:version=\"1.2\"", "version=\"2021-2\"");

        assertThat(refusal(older).messageKey()).isEqualTo("loan.iso.refused.version");
        assertThat(refusal(older).args()).containsExactly("1.1");
        assertThat(refusal(newer).args()).containsExactly("2021-2");
        assertThat(words(refusal(older))).isEqualTo("The message is ISO 18626 version 1.1; Jalin reads version 1.2.");
    }

    @Test
    void anotherXmlFormatIsRefusedNamingItsRoot() {
        String ncip = "<?xml version=\"1.0\"?><NCIPMessage xmlns=\"http://www.niso.org/2008/ncip\" "
                + "version=\"http://www.niso.org/schemas/ncip/v2_0/ncip_v2_0.xsd\"><LookupUser/></NCIPMessage>";
        String noNamespace = "<ISO18626Message version=\"1.2\"><request/></ISO18626Message>";

        IsoMessageRefusedException other = refusal(ncip);

        assertThat(other.messageKey()).isEqualTo("loan.iso.refused.not_iso");
        assertThat(other.args()).containsExactly("NCIPMessage", "http://www.niso.org/2008/ncip");
        assertThat(refusal(noNamespace).messageKey()).isEqualTo("loan.iso.refused.no_namespace");
        assertThat(refusal(noNamespace).args()).containsExactly("ISO18626Message");
    }

    @Test
    void aConfirmationIsRefusedAsAKindJalinDoesNotRead() {
        String confirmation = ROOT + "<supplyingAgencyMessageConfirmation><confirmationHeader>"
                + "<timestamp>2026-11-03T09:20:00+07:00</timestamp>"
                + "<requestingAgencyRequestId>PAP-2026-000123</requestingAgencyRequestId>"
                + "<timestampReceived>2026-11-03T09:19:58+07:00</timestampReceived>"
                + "<messageStatus>OK</messageStatus></confirmationHeader>"
                + "<reasonForMessage>StatusChange</reasonForMessage>"
                + "</supplyingAgencyMessageConfirmation></ISO18626Message>";

        IsoMessageRefusedException refused = refusal(confirmation);

        assertThat(refused.messageKey()).isEqualTo("loan.iso.refused.confirmation");
        assertThat(refused.args()).containsExactly("supplyingAgencyMessageConfirmation");
        assertThat(words(refused)).contains("confirmation (supplyingAgencyMessageConfirmation)");
    }

    @Test
    void anEmptyRequestIdIsRefusedNamingTheElement() {
        String xml = text(written(IsoSamples.renew())).replace(
                "<requestingAgencyRequestId>PAP-2026-000123</requestingAgencyRequestId>",
                "<requestingAgencyRequestId></requestingAgencyRequestId>");

        IsoMessageRefusedException refused = refusal(xml);

        assertThat(refused.messageKey()).isEqualTo("loan.iso.refused.missing");
        assertThat(refused.args()).containsExactly("header/requestingAgencyRequestId");
    }

    @Test
    void aValueTheSchemaAllowsButJalinCannotHoldIsRefusedNamingIt() {
        String xml = text(written(IsoSamples.loanRequest())).replace("<sortOrder>2</sortOrder>",
                "<sortOrder>99999999999</sortOrder>");

        IsoMessageRefusedException refused = refusal(xml);

        assertThat(refused.messageKey()).isEqualTo("loan.iso.refused.value");
        assertThat(refused.args()).containsExactly("sortOrder", "99999999999");
        assertThat(words(refused)).contains("\u201c99999999999\u201d in sortOrder");
    }

    @Test
    void aDateTheSchemaAllowsButJavaCannotHoldIsRefusedNamingIt() {
        String xml = text(written(IsoSamples.loaned())).replace("<dueDate>2026-11-24T23:59:59+07:00</dueDate>",
                "<dueDate>10000-01-01T00:00:00Z</dueDate>");

        IsoMessageRefusedException refused = refusal(xml);

        assertThat(refused.messageKey()).isEqualTo("loan.iso.refused.value");
        assertThat(refused.args()).containsExactly("dueDate", "10000-01-01T00:00:00Z");
    }

    private static IsoMessageRefusedException refusal(String text) {
        return refusal(text.getBytes(StandardCharsets.UTF_8));
    }

    private static IsoMessageRefusedException refusal(byte[] bytes) {
        IsoMessageRefusedException refused = catchThrowableOfType(
                () -> IsoMessages.read(new ByteArrayInputStream(bytes)), IsoMessageRefusedException.class);
        assertThat(refused).as("the file was refused").isNotNull();
        assertThat(ENGLISH.has(refused.messageKey())).as(refused.messageKey()).isTrue();
        assertThat(INDONESIAN.has(refused.messageKey())).as(refused.messageKey()).isTrue();
        return refused;
    }

    private static String words(IsoMessageRefusedException refused) {
        return ENGLISH.get(refused.messageKey(), refused.argsArray());
    }

    private static int lineOf(String text, String part) {
        String before = text.substring(0, text.indexOf(part));
        return (int) before.chars().filter(c -> c == '\n').count() + 1;
    }
}
