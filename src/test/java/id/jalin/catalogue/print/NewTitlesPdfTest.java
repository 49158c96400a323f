package id.jalin.catalogue.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import id.jalin.catalogue.domain.MatchRule;
import id.jalin.catalogue.domain.StoredRecord;
import id.jalin.kernel.i18n.Language;
import id.jalin.kernel.i18n.Messages;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/** The new-titles list read back from the PDF: what a member's librarian sees on each page. */
class NewTitlesPdfTest {
    private static final int MANY = 120;

    static byte[] pdf(NewTitlesList list, Language language) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new NewTitlesPdf(new Messages(language)).write(list, out);
        byte[] bytes = out.toByteArray();
        String folder = System.getProperty("jalin.newTitles.out");
        if (folder != null) {
            // for looking at the pages: mvn test -Djalin.newTitles.out=/tmp/x, then pdftoppm
            Files.write(Path.of(folder, "new-titles-" + list.records().size() + "-" + language.name() + ".pdf"), bytes);
        }
        return bytes;
    }

    /** The text of each page, as PDFBox extracts it with lines joined by single spaces. */
    static List<String> pages(byte[] pdf) throws IOException {
        List<String> pages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= document.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(stripper.getText(document).replaceAll("\\s+", " "));
            }
        }
        return pages;
    }

    @Test
    void aLongListRunsOverSeveralA4PagesEachNumberedPageXOfY() throws IOException {
        byte[] pdf = pdf(NewTitlesSamples.list(MANY), Language.INDONESIAN);
        List<String> pages = pages(pdf);
        int total = pages.size();

        assertThat(total).isGreaterThanOrEqualTo(3);
        for (int p = 1; p <= total; p++) {
            assertThat(pages.get(p - 1)).contains("Halaman " + p + " dari " + total + " / Page " + p + " of " + total);
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDRectangle a4 = document.getPage(0).getMediaBox();
            assertThat(a4.getWidth()).isCloseTo(595.3f, offset(1f));
            assertThat(a4.getHeight()).isCloseTo(841.9f, offset(1f));
        }
    }

    @Test
    void theFirstPageCarriesTheLetterheadTitleMemberAndPeriod() throws IOException {
        String first = pages(pdf(NewTitlesSamples.list(MANY), Language.INDONESIAN)).get(0);

        assertThat(first).contains("Forum Perpustakaan Perguruan Tinggi Indonesia Jawa Barat")
                .contains("Daftar Judul Baru").contains("New Titles")
                .contains(NewTitlesSamples.MEMBER)
                .contains("Periode 1 Oktober 2026 sampai dengan 31 Oktober 2026")
                .contains("120 judul");
    }

    @Test
    void everyTitleIsPrintedWholeOnOnePageWithItsNumberAndIsbn() throws IOException {
        List<String> pages = pages(pdf(NewTitlesSamples.list(MANY), Language.INDONESIAN));

        for (int n = 1; n <= MANY; n++) {
            String start = String.format("T%03d", n);
            String end = String.format("Z%03d", n);
            int page = pageHolding(pages, start);
            assertThat(page).as("title %d is printed", n).isGreaterThanOrEqualTo(0);
            assertThat(pages.get(page)).as("title %d ends on the page it starts", n)
                    .contains(end).contains(NewTitlesSamples.isbn(n)).contains(n + ".");
        }
    }

    @Test
    void transliteratedArabicAndLongAuthorListsPrintAsWritten() throws IOException {
        String all = String.join(" ", pages(pdf(NewTitlesSamples.list(14), Language.INDONESIAN)));

        assertThat(all).contains("tafs\u012Br al-").contains("Qur\u02BE\u0101n").contains("\u1E25ad\u012Bth")
                .contains("Muh\u1E25ammad, \u1E24asan")
                .contains("dkk.")
                .doesNotContain("?");
    }

    @Test
    void theTableHeadingStartsEveryPage() throws IOException {
        List<String> pages = pages(pdf(NewTitlesSamples.list(MANY), Language.INDONESIAN));

        for (String page : pages) {
            assertThat(page).contains("No. Judul Pengarang Penerbit, tahun ISBN No. panggil Eks.");
        }
    }

    @Test
    void inEnglishTheTableAndPeriodAreEnglishAndTheTitleStaysBilingual() throws IOException {
        List<String> pages = pages(pdf(NewTitlesSamples.list(MANY), Language.ENGLISH));

        assertThat(pages.get(0)).contains("Daftar Judul Baru").contains("New Titles")
                .contains("Period 1 October 2026 to 31 October 2026")
                .contains("120 titles");
        for (String page : pages) {
            assertThat(page).contains("Title Author(s) Publisher, year ISBN Call number Copies");
        }
        assertThat(pages.get(0)).contains("et al.");
    }

    @Test
    void anEmptyPeriodSaysSoInWordsOnOnePage() throws IOException {
        List<String> pages = pages(pdf(NewTitlesSamples.empty(), Language.INDONESIAN));

        assertThat(pages).hasSize(1);
        assertThat(pages.get(0)).contains("Tidak ada judul baru yang masuk antara 1 Oktober 2026 dan 31 Oktober 2026.")
                .contains("Halaman 1 dari 1")
                .doesNotContain("Pengarang");
    }

    @Test
    void everyGlyphStaysInsideTheMarginsAndNoCellRunsIntoTheNext() throws IOException {
        byte[] pdf = pdf(NewTitlesSamples.list(MANY), Language.ENGLISH);
        float left = 25 * 72 / 25.4f;
        float right = (210 - 20) * 72 / 25.4f;
        List<TextPosition> glyphs = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    glyphs.addAll(positions);
                }
            };
            stripper.getText(document);
        }

        assertThat(glyphs).isNotEmpty().allSatisfy(g -> {
            assertThat(g.getXDirAdj()).as("left edge of %s", g.getUnicode()).isGreaterThanOrEqualTo(left - 0.5f);
            assertThat(g.getXDirAdj() + g.getWidthDirAdj()).as("right edge of %s", g.getUnicode())
                    .isLessThanOrEqualTo(right + 0.5f);
        });
        // each ISBN (13 digits at 7 pt) sits on one line inside its column, left of the call number
        assertThat(String.join(" ", pages(pdf))).contains(NewTitlesSamples.isbn(MANY) + " 220.7");
    }

    @Test
    void aTitleTooLongForAPageIsCutWithAnEllipsisRatherThanSplitOrLost() throws IOException {
        String endless = "Risalah " + "kumpulan makalah seminar nasional perpustakaan perguruan tinggi ".repeat(40) + "AKHIR";
        NewTitlesList list = new NewTitlesList(NewTitlesSamples.letterhead(), NewTitlesSamples.MEMBER,
                NewTitlesSamples.FROM, NewTitlesSamples.TO, List.of(new StoredRecord(1, 3, 9,
                        MatchRule.OWN, NewTitlesSamples.record("x", endless, "", List.of("Anonim"),
                                "", "Deepublish", "Yogyakarta", 2025, List.of(NewTitlesSamples.isbn(1)), "020 RIS", 1),
                        null)));

        List<String> pages = pages(pdf(list, Language.INDONESIAN));

        assertThat(pages).hasSize(1);
        assertThat(pages.get(0)).contains("Risalah kumpulan").contains("\u2026").doesNotContain("AKHIR")
                .contains(NewTitlesSamples.isbn(1)).contains("Halaman 1 dari 1");
    }

    private static int pageHolding(List<String> pages, String word) {
        for (int p = 0; p < pages.size(); p++) {
            if (pages.get(p).contains(word)) {
                return p;
            }
        }
        return -1;
    }
}
