package id.jalin.loan.iso;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Messages as another system writes them (see the comment in each fixture for whose shape it follows). */
class IsoForeignMessageTest {
    private static final IsoAgencyId UNIVERSITI_MALAYA = new IsoAgencyId("ISIL", "MY-KlUM");
    private static final IsoAgencyId ITB = new IsoAgencyId("ISIL", "ID-BdITB");

    @Test
    void aLoanedMessageFromReShareIsReadWithItsTimesInJakarta() throws Exception {
        IsoMessage read = read("reshare-supplying-agency-message-loaned.xml");

        assertThat(read).isEqualTo(new IsoSupplyingAgencyMessage(
                new IsoHeader(UNIVERSITI_MALAYA, ITB, null, LocalDateTime.of(2026, 11, 10, 9, 30, 0, 123_000_000),
                        "PAP-2026-000123", "8f3c2a1e-5b7d-4c29-9e61-0d4f2b8a7c15"),
                new IsoMessageInfo(IsoReasonForMessage.STATUS_CHANGE, null,
                        "Sent by courier. Please return by the due date & keep the slip with the book.", null, null,
                        null, null),
                new IsoStatusInfo(IsoStatus.LOANED, null, LocalDate.of(2026, 12, 1),
                        LocalDateTime.of(2026, 11, 10, 9, 29, 58, 456_000_000)),
                new IsoDeliveryInfo(LocalDateTime.of(2026, 11, 10, 9, 29, 58, 456_000_000), "39000001234567")));
    }

    @Test
    void aRequestFromReShareIsReadAndWhatJalinDoesNotCarryIsPassedOver() throws Exception {
        IsoMessage read = read("reshare-request-loan.xml");

        assertThat(read).isEqualTo(new IsoRequest(
                new IsoHeader(ITB, UNIVERSITI_MALAYA, null, LocalDateTime.of(2026, 11, 2, 8, 0),
                        "UM-ILL-2026-0789", null),
                new IsoBibliographicInfo("b1234567", "Max Havelaar", "Multatuli",
                        "of de koffieveilingen der Nederlandsche Handelmaatschappij", "Cet. 3", null, null, null,
                        List.of(new IsoBibliographicItemId("9789794339428", "ISBN"))),
                new IsoPublicationInfo("Djambatan", "1972", "Jakarta"),
                new IsoServiceInfo(IsoServiceType.COPY_OR_LOAN, LocalDate.of(2026, 12, 15), null,
                        "Terjemahan bahasa Indonesia oleh H.B. Jassin juga diterima."),
                List.of(new IsoSupplierInfo(1, ITB, "899.2213 MUL m")),
                new IsoPatronInfo("S2034567", "Abdullah", "Siti Nurhaliza", "Postgraduate")));
    }

    @Test
    void aMessageReadFromAnotherSystemIsWrittenAgainValid() throws Exception {
        IsoMessage read = read("reshare-request-loan.xml");

        byte[] again = IsoSamples.written(read);

        IsoSchemaCheck.validate(again);
        assertThat(IsoSamples.text(again)).contains("<timestamp>2026-11-02T08:00:00+07:00</timestamp>");
    }

    private static IsoMessage read(String fixture) throws Exception {
        try (InputStream in = IsoForeignMessageTest.class.getResourceAsStream(fixture)) {
            assertThat(in).as(fixture).isNotNull();
            return IsoMessages.read(in);
        }
    }
}
