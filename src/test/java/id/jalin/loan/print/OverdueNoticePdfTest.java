package id.jalin.loan.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.jalin.kernel.pdf.LetterheadData;
import id.jalin.kernel.pdf.PlacedGlyphs;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

class OverdueNoticePdfTest {
    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    /** Items whose rows take one line each, the lending libraries by their codes. */
    static OverdueNotice notice(int items) {
        List<OverdueItem> overdue = IntStream.rangeClosed(1, items)
                .mapToObj(i -> new OverdueItem(String.format("PAP-2026-%06d", i), "Katalogisasi jilid " + i,
                        i % 2 == 0 ? "ITB" : "UNPAR", "Pemustaka " + i, LocalDate.of(2026, 10, 1),
                        LocalDate.of(2026, 10, 15).plusDays(i % 10), 47 - i % 10))
                .toList();
        return notice(overdue);
    }

    static OverdueNotice notice(List<OverdueItem> overdue) {
        return new OverdueNotice(
                new LetterheadData("Forum Perpustakaan Perguruan Tinggi Indonesia Wilayah Jawa Barat",
                        List.of("Jl. Raya Bandung-Sumedang Km 21, Jatinangor 45363", "fpptijabar@example.org"), null),
                "031/FPPTI-JABAR/PAP/XII/2026", TODAY, "Bandung", "Perpustakaan Universitas Padjadjaran",
                "Jl. Raya Bandung-Sumedang Km 21, Jatinangor", overdue, "Dr. Hana Pertiwi, M.Si.",
                "Koordinator Forum");
    }

    static byte[] render(OverdueNotice notice) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new OverdueNoticePdf().write(notice, out);
        return out.toByteArray();
    }

    @Test
    void aShortNoticeIsOneLetterInBothLanguagesWithItsItemsAndNoPageFooter() throws IOException {
        byte[] pdf = render(notice(3));
        LoanPapers.keep("overdue-notice-3.pdf", pdf);

        try (PDDocument document = LoanPapers.open(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            String text = LoanPapers.text(document, 1);
            assertThat(text)
                    .contains("PEMBERITAHUAN KETERLAMBATAN PENGEMBALIAN", "OVERDUE NOTICE")
                    .contains("Nomor: 031/FPPTI-JABAR/PAP/XII/2026")
                    .contains("Perpustakaan Universitas Padjadjaran")
                    .contains("per 1 Desember 2026, 3 bahan", "on 1 December 2026, 3 interlibrary loans")
                    .contains("1. PAP-2026-000001 Katalogisasi jilid 1 UNPAR Pemustaka 1 01/10/2026 16/10/2026 46")
                    .contains("PAP-2026-000002", "PAP-2026-000003")
                    .contains("bertanggung jawab", "is responsible for each item")
                    .contains("Bandung, 1 Desember 2026", "Bandung, 1 December 2026")
                    .contains("Dr. Hana Pertiwi, M.Si.", "Koordinator Forum")
                    .doesNotContain("Halaman 1", "Page 1 of");
        }
    }

    @Test
    void fortyItemsRunToASecondPageWithPageXOfYAndTheSignatureWhole() throws IOException {
        byte[] pdf = render(notice(40));
        LoanPapers.keep("overdue-notice-40.pdf", pdf);

        try (PDDocument document = LoanPapers.open(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            String first = LoanPapers.text(document, 1);
            String second = LoanPapers.text(document, 2);
            assertThat(first).contains("Halaman 1 dari 2 / Page 1 of 2", "031/FPPTI-JABAR/PAP/XII/2026");
            assertThat(second).contains("Halaman 2 dari 2 / Page 2 of 2", "PAP-2026-000040")
                    // the table's heading row starts the page it runs onto
                    .contains("Nomor permintaan Request no.")
                    .contains("Bandung, 1 Desember 2026", "Koordinator Forum", "Dr. Hana Pertiwi, M.Si.");
            for (int i = 1; i <= 40; i++) {
                assertThat(first + second).contains(String.format("PAP-2026-%06d", i));
            }
        }
    }

    @Test
    void longTitlesAndLibraryNamesWrapInTheirColumnsWithoutCrossingIntoTheNext() throws IOException {
        String title = SlipSamples.words("Kajian perbandingan layanan pinjam antar perpustakaan di perguruan tinggi ",
                300);
        byte[] pdf = render(notice(List.of(new OverdueItem("PAP-2026-000077", title,
                "Perpustakaan Pusat dan Unit Pelaksana Teknis Perpustakaan Institut Teknologi Bandung",
                "Raden Roro Ayu Kusumawardhani", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 15), 47))));
        LoanPapers.keep("overdue-notice-long.pdf", pdf);

        try (PDDocument document = LoanPapers.open(pdf)) {
            assertThat(LoanPapers.text(document, 1).replace(" ", "")).contains(title.replace(" ", ""));
            List<PlacedGlyphs.Glyph> glyphs = PlacedGlyphs.of(document);
            assertThat(glyphs).allSatisfy(g -> assertThat(g.right())
                    .isLessThanOrEqualTo(OverdueNoticePdf.FRAME.content().right() + 0.5f));
        }
    }

    @Test
    void aNoticeWithoutItsNumberOrWithoutItemsIsNeverPrinted() {
        OverdueNotice n = notice(1);
        assertThatThrownBy(() -> new OverdueNotice(n.letterhead(), " ", n.date(), n.place(),
                n.borrowingLibraryName(), n.borrowingLibraryAddress(), n.items(), n.signatoryName(),
                n.signatoryPosition())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OverdueNotice(n.letterhead(), n.letterNumber(), n.date(), n.place(),
                n.borrowingLibraryName(), n.borrowingLibraryAddress(), List.of(), n.signatoryName(),
                n.signatoryPosition())).isInstanceOf(IllegalArgumentException.class);
    }
}
