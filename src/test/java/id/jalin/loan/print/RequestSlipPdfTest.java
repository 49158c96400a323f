package id.jalin.loan.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.jalin.kernel.pdf.Box;
import id.jalin.kernel.pdf.PlacedGlyphs;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RequestSlipPdfTest {
    private static final String RESPONSIBLE_ID =
            "Perpustakaan peminjam bertanggung jawab atas bahan ini sampai dikembalikan kepada perpustakaan pemilik.";
    private static final String RESPONSIBLE_EN =
            "The borrowing library is responsible for this item until it is returned to the lending library.";

    @ParameterizedTest
    @EnumSource(SlipLayout.class)
    void aLoanSlipShowsBothLibrariesTheUserTheDueDateAndTheResponsibilityInBothLanguages(SlipLayout layout)
            throws IOException {
        byte[] pdf = SlipSamples.pdf(List.of(SlipSamples.loan("PAP-2026-000123")), layout);
        LoanPapers.keep("slip-" + layout.name().toLowerCase() + ".pdf", pdf);

        String text = LoanPapers.text(pdf);

        assertThat(text)
                .contains(RESPONSIBLE_ID, RESPONSIBLE_EN)
                .contains("16 November 2026")
                .contains("ITB", "Perpustakaan Pusat Institut Teknologi Bandung")
                .contains("UNPAD", "Perpustakaan Universitas Padjadjaran")
                .contains("Dewi Lestari", "140410190042", "Mahasiswa / Student")
                .contains("Pengantar ilmu perpustakaan dan informasi", "020 SUL p")
                .contains("Peminjaman / Loan")
                .contains("2 November 2026")
                .contains("PAP-2026-000123");
    }

    @ParameterizedTest
    @EnumSource(SlipLayout.class)
    void theBarcodeReadFromThePrintedPageIsTheRequestNumber(SlipLayout layout) throws IOException {
        byte[] pdf = SlipSamples.pdf(List.of(SlipSamples.loan("PAP-2026-000123")), layout);

        try (PDDocument document = LoanPapers.open(pdf)) {
            assertThat(LoanPapers.barcode(LoanPapers.render(document, 0))).contains("PAP-2026-000123");
        }
    }

    @ParameterizedTest
    @EnumSource(SlipLayout.class)
    void severalSlipsPrintOneAPageEachWithItsOwnBarcode(SlipLayout layout) throws IOException {
        List<String> numbers = List.of("PAP-2026-000001", "PAP-2026-000002", "PAP-2026-000003");
        byte[] pdf = SlipSamples.pdf(numbers.stream().map(SlipSamples::loan).toList(), layout);

        try (PDDocument document = LoanPapers.open(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(3);
            for (int page = 0; page < numbers.size(); page++) {
                assertThat(LoanPapers.barcode(LoanPapers.render(document, page))).contains(numbers.get(page));
                assertThat(LoanPapers.text(document, page + 1)).contains(numbers.get(page));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(SlipLayout.class)
    void aLongTitleAndLongLibraryNamesStayInsideTheSlipAndTheBarcodeStillReads(SlipLayout layout)
            throws IOException {
        RequestSlip crowded = SlipSamples.crowded("PAP-2026-004711");
        assertThat(crowded.title()).hasSize(300);
        assertThat(crowded.lendingLibraryName()).hasSize(120);
        assertThat(crowded.borrowingLibraryName()).hasSize(120);
        byte[] pdf = SlipSamples.pdf(List.of(crowded), layout);
        LoanPapers.keep("slip-" + layout.name().toLowerCase() + "-crowded.pdf", pdf);

        try (PDDocument document = LoanPapers.open(pdf)) {
            assertThat(LoanPapers.barcode(LoanPapers.render(document, 0))).contains("PAP-2026-004711");
            Box slip = layout.slip();
            List<PlacedGlyphs.Glyph> glyphs = PlacedGlyphs.of(document).stream()
                    .filter(g -> !g.text().equals("\u2702"))
                    .toList();
            assertThat(glyphs).isNotEmpty().allSatisfy(g -> {
                assertThat(g.x()).isGreaterThanOrEqualTo(slip.x() - 0.5f);
                assertThat(g.right()).isLessThanOrEqualTo(slip.right() + 0.5f);
                assertThat(g.bottom()).isGreaterThanOrEqualTo(slip.y() - 0.5f);
                assertThat(g.top()).isLessThanOrEqualTo(slip.top() + 0.5f);
            });
            // every word is there: wrapped or set smaller, never cut
            String text = LoanPapers.text(document, 1).replace(" ", "");
            assertThat(text).contains(crowded.title().replace(" ", ""))
                    .contains(crowded.lendingLibraryName().replace(" ", ""))
                    .contains(crowded.borrowingLibraryName().replace(" ", ""));
        }
    }

    @Test
    void noTwoLinesOfACrowdedSlipOverlap() throws IOException {
        for (SlipLayout layout : SlipLayout.values()) {
            byte[] pdf = SlipSamples.pdf(List.of(SlipSamples.crowded("PAP-2026-004711")), layout);
            try (PDDocument document = LoanPapers.open(pdf)) {
                List<PlacedGlyphs.Glyph> glyphs = PlacedGlyphs.of(document);
                List<String> overlapping = new ArrayList<>();
                for (int i = 0; i < glyphs.size(); i++) {
                    for (int j = i + 1; j < glyphs.size(); j++) {
                        if (overlap(glyphs.get(i), glyphs.get(j))) {
                            overlapping.add(glyphs.get(i) + " / " + glyphs.get(j));
                        }
                    }
                }
                assertThat(overlapping).as(layout.name()).isEmpty();
            }
        }
    }

    @Test
    void aCopySlipSaysItIsNotReturnedAndCarriesTheCopyrightNoteInBothLanguages() throws IOException {
        byte[] pdf = SlipSamples.pdf(List.of(SlipSamples.copy("PAP-2026-000200")), SlipLayout.LABEL);
        LoanPapers.keep("slip-label-copy.pdf", pdf);

        assertThat(LoanPapers.text(pdf))
                .contains("SALINAN, TIDAK PERLU DIKEMBALIKAN", "COPY, NOT TO BE RETURNED")
                .contains("hlm. 45\u201361")
                .contains("hak cipta", "copyright law")
                .doesNotContain(RESPONSIBLE_EN);
    }

    @Test
    void aLoanWithoutADueDateOrDueBeforeItShippedIsNeverPrinted() {
        RequestSlip l = SlipSamples.loan("PAP-2026-000123");
        assertThatThrownBy(() -> withDates(l, l.shippedOn(), null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> withDates(l, l.shippedOn(), l.shippedOn().minusDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSlipWithoutItsRequestNumberIsNeverPrinted() {
        RequestSlip l = SlipSamples.loan("PAP-2026-000123");
        assertThatThrownBy(() -> new RequestSlip(" ", l.borrowingLibraryCode(), l.borrowingLibraryName(),
                l.lendingLibraryCode(), l.lendingLibraryName(), l.userName(), l.userId(), l.userKind(), l.service(),
                l.title(), l.author(), l.callNumber(), l.pages(), l.shippedOn(), l.dueDate(), l.forumName()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static RequestSlip withDates(RequestSlip l, java.time.LocalDate shipped, java.time.LocalDate due) {
        return new RequestSlip(l.requestNumber(), l.borrowingLibraryCode(), l.borrowingLibraryName(),
                l.lendingLibraryCode(), l.lendingLibraryName(), l.userName(), l.userId(), l.userKind(), l.service(),
                l.title(), l.author(), l.callNumber(), l.pages(), shipped, due, l.forumName());
    }

    /** Whether two glyphs' boxes cross by more than a hair (neighbours in a word touch at their edges). */
    private static boolean overlap(PlacedGlyphs.Glyph a, PlacedGlyphs.Glyph b) {
        float slack = 0.3f;
        return a.x() + slack < b.right() && b.x() + slack < a.right()
                && a.bottom() + slack < b.top() && b.bottom() + slack < a.top();
    }
}
