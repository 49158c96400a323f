package id.jalin.loan.iso;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** Messages of a loan between forum members ITB (borrower) and UNPAD (lender), as the tests write them. */
final class IsoSamples {
    static final IsoAgencyId ITB = new IsoAgencyId("JALIN", "ITB");
    static final IsoAgencyId UNPAD = new IsoAgencyId("JALIN", "UNPAD");
    static final IsoAgencyId UGM = new IsoAgencyId("JALIN", "UGM");
    static final LocalDateTime SENT = LocalDateTime.of(2026, 11, 3, 9, 15);

    private IsoSamples() {
    }

    static IsoHeader header(String supplyingRequestId) {
        return new IsoHeader(UNPAD, ITB, null, SENT, "PAP-2026-000123", supplyingRequestId);
    }

    static IsoRequest copyRequest() {
        return new IsoRequest(header(null),
                new IsoBibliographicInfo(null, "Jurnal Sosioteknologi", null, null, null,
                        "Adopsi teknologi di perpustakaan perguruan tinggi", "Siregar, Rina", "45-67",
                        List.of(new IsoBibliographicItemId("1858-3474", "ISSN"))),
                new IsoPublicationInfo("ITB Press", "2024", "Bandung"),
                new IsoServiceInfo(IsoServiceType.COPY, LocalDate.of(2026, 11, 20), "UU-28-2014-Pasal-44",
                        "Untuk penelitian tesis; salinan tidak untuk diperjualbelikan."),
                List.of(new IsoSupplierInfo(1, UNPAD, null)),
                new IsoPatronInfo("2302190045", "Siregar", "Rina", "lecturer"));
    }

    static IsoRequest loanRequest() {
        return new IsoRequest(header(null),
                new IsoBibliographicInfo("cat-884213", "Bumi Manusia", "Toer, Pramoedya Ananta", null, "Cet. 17",
                        null, null, null, List.of(new IsoBibliographicItemId("9789799731234", "ISBN"))),
                new IsoPublicationInfo("Lentera Dipantara", "2011", "Jakarta"),
                new IsoServiceInfo(IsoServiceType.LOAN, null, null, null),
                List.of(new IsoSupplierInfo(1, UNPAD, "899.221 3 TOE b"), new IsoSupplierInfo(2, UGM, "899.221 TOE")),
                new IsoPatronInfo("13022045", "Nasution", "Budi", "student"));
    }

    static IsoSupplyingAgencyMessage loaned() {
        return new IsoSupplyingAgencyMessage(header("UNPAD-2026-0456"),
                new IsoMessageInfo(IsoReasonForMessage.STATUS_CHANGE, null, "Dikirim lewat kurir forum.", null, null,
                        null, null),
                new IsoStatusInfo(IsoStatus.LOANED, null, LocalDate.of(2026, 11, 24), SENT.plusHours(2)),
                new IsoDeliveryInfo(SENT.plusHours(1), "30000012345678"));
    }

    static IsoSupplyingAgencyMessage unfilled() {
        return new IsoSupplyingAgencyMessage(header("UNPAD-2026-0456"),
                new IsoMessageInfo(IsoReasonForMessage.REQUEST_RESPONSE, IsoYesNo.NO, null, "NonCirculating", null,
                        null, null),
                new IsoStatusInfo(IsoStatus.UNFILLED, null, null, SENT.plusMinutes(30)), null);
    }

    static IsoSupplyingAgencyMessage retryPossible() {
        return new IsoSupplyingAgencyMessage(header("UNPAD-2026-0456"),
                new IsoMessageInfo(IsoReasonForMessage.REQUEST_RESPONSE, null,
                        "Hanya boleh dibaca di ruang baca perpustakaan peminjam.", "LoanCondition",
                        "ReadingRoomOnly", new IsoCosts("IDR", new BigDecimal("25000.00")), LocalDate.of(2026, 11, 5)),
                new IsoStatusInfo(IsoStatus.RETRY_POSSIBLE, LocalDate.of(2026, 11, 10), null, SENT.plusMinutes(45)),
                null);
    }

    static IsoRequestingAgencyMessage renew() {
        return new IsoRequestingAgencyMessage(header("UNPAD-2026-0456"), IsoAction.RENEW,
                "Pemustaka masih memerlukan buku ini untuk tugas akhir.");
    }

    static IsoRequestingAgencyMessage shippedReturn() {
        return new IsoRequestingAgencyMessage(header("UNPAD-2026-0456"), IsoAction.SHIPPED_RETURN, null);
    }

    static byte[] written(IsoMessage message) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            IsoMessages.write(message, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String text(byte[] xml) {
        return new String(xml, StandardCharsets.UTF_8);
    }
}
