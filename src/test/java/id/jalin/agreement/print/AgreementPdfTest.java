package id.jalin.agreement.print;

import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.agreement.domain.Agreement;
import id.jalin.agreement.domain.Agreements;
import id.jalin.agreement.domain.Article;
import id.jalin.forum.domain.ForumProfile;
import id.jalin.agreement.domain.Obligation;
import id.jalin.agreement.domain.Recurrence;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Reads the printed agreement back with PDFBox and checks what a secretary would check. */
class AgreementPdfTest {
    private static final ForumProfile FORUM = new ForumProfile(0, "Forum Perpustakaan Perguruan Tinggi Indonesia Jawa Barat",
            "FPPTI-JABAR", "Jl. Ganesha No. 10", "Bandung", "(022) 2500089", "sekretariat@fpptijabar.or.id", "", null, 90);

    private static byte[] print(Agreement agreement, PrintLanguage language) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new AgreementPdf(FORUM).write(agreement, language, out);
        byte[] pdf = out.toByteArray();
        Path folder = Files.createDirectories(Path.of("target/pdf-samples"));
        Files.write(folder.resolve("agreement-" + language.name().toLowerCase() + "-" + agreement.articles().size() + ".pdf"), pdf);
        return pdf;
    }

    private static List<String> pages(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                // Lines wrap where the layout decides; compare words, not line breaks.
                pages.add(stripper.getText(document).replaceAll("\\s+", " "));
            }
            return pages;
        }
    }

    private static Agreement withArticles(int count) {
        List<Article> articles = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            articles.add(new Article(null, "Ketentuan " + i, "Provision " + i,
                    ("Kalimat pasal " + i + " dalam bahasa Indonesia yang cukup panjang agar terbungkus. ").repeat(1 + i % 7),
                    ("Sentence of article " + i + " in English, long enough to wrap across the column. ").repeat(1 + i % 7)));
        }
        Agreement base = Agreements.pks(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 15), LocalDate.of(2028, 1, 14));
        return new Agreement(null, 0, base.kind(), base.number(), base.titleId(), base.titleEn(), base.type(), base.forms(),
                base.signedOn(), base.startsOn(), base.endsOn(), base.renewal(), null, null, null, "", base.parties(), articles,
                List.of(new Obligation(null, 2, "Mengirim 10 terbitan per tahun", "Send 10 publications a year",
                        Recurrence.YEARLY, LocalDate.of(2026, 12, 31), List.of())));
    }

    @Test
    void bilingualPrintHasBothLanguagesOfEveryArticle() throws IOException {
        String text = String.join("\n", pages(print(withArticles(3), PrintLanguage.BILINGUAL)));

        assertThat(text).contains("PERJANJIAN KERJA SAMA").contains("COOPERATION AGREEMENT")
                .contains("001/PKS/FPPTI-JABAR/I/2026")
                .contains("Pasal 1").contains("Article 1").contains("Pasal 3").contains("Article 3")
                .contains("Ketentuan 2").contains("Provision 2")
                .contains("Kewajiban Para Pihak").contains("Send 10 publications a year")
                .contains(FORUM.name());
    }

    @Test
    void pageNumbersCountTheWholeDocument() throws IOException {
        List<String> pages = pages(print(withArticles(40), PrintLanguage.BILINGUAL));

        assertThat(pages.size()).isGreaterThan(2);
        for (int page = 1; page <= pages.size(); page++) {
            assertThat(pages.get(page - 1)).contains("Halaman " + page + " dari " + pages.size())
                    .contains("Page " + page + " of " + pages.size());
        }
    }

    @Test
    void signatureBlockStandsWholeOnTheLastPage() throws IOException {
        List<String> pages = pages(print(withArticles(40), PrintLanguage.BILINGUAL));
        String last = pages.get(pages.size() - 1);

        assertThat(last).contains("Dr. Siti Rahmawati").contains("Ir. Bambang Setiadi")
                .contains("PIHAK PERTAMA / FIRST PARTY").contains("PIHAK KEDUA / SECOND PARTY");
        assertThat(String.join("", pages.subList(0, pages.size() - 1))).doesNotContain("Ditandatangani di");
    }

    @Test
    void fortyArticlesBreakAcrossPagesWithoutLosingText() throws IOException {
        Agreement agreement = withArticles(40);
        // Side by side, a text extractor reads both columns' lines together; count each language in its own print.
        String bilingual = String.join(" ", pages(print(agreement, PrintLanguage.BILINGUAL)));
        List<String> indonesianPages = pages(print(agreement, PrintLanguage.INDONESIAN));
        String indonesianText = withoutFooters(indonesianPages);
        String englishText = withoutFooters(pages(print(agreement, PrintLanguage.ENGLISH)));

        assertThat(indonesianPages.size()).isGreaterThan(2);
        for (int i = 1; i <= 40; i++) {
            assertThat(bilingual).contains("Pasal " + i + " ").contains("Article " + i + " ");
            long expected = 1 + i % 7;
            assertThat(count(indonesianText, "Kalimat pasal " + i + " dalam")).as("Pasal " + i).isEqualTo(expected);
            assertThat(count(englishText, "Sentence of article " + i + " in")).as("Article " + i).isEqualTo(expected);
        }
    }

    @Test
    void indonesianOnlyPrintLeavesTheEnglishOut() throws IOException {
        String text = String.join("\n", pages(print(withArticles(3), PrintLanguage.INDONESIAN)));

        assertThat(text).contains("Pasal 2").contains("Halaman 1 dari").doesNotContain("Article 2")
                .doesNotContain("COOPERATION AGREEMENT");
    }

    @Test
    void englishOnlyPrintLeavesTheIndonesianOut() throws IOException {
        String text = String.join("\n", pages(print(withArticles(3), PrintLanguage.ENGLISH)));

        assertThat(text).contains("Article 2").contains("Page 1 of").doesNotContain("Pasal 2").doesNotContain("Halaman");
    }

    /** The pages' text joined as one, without the page-number footers that stand between them. */
    private static String withoutFooters(List<String> pages) {
        return pages.stream().map(p -> p.replaceAll("(Halaman \\d+ dari \\d+|Page \\d+ of \\d+)", "").strip())
                .reduce((a, b) -> a + " " + b).orElse("");
    }

    private static long count(String text, String needle) {
        long count = 0;
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
            count++;
        }
        return count;
    }
}
