package id.jalin.agreement.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import id.jalin.agreement.domain.Agreement;
import id.jalin.agreement.domain.Agreements;
import id.jalin.agreement.domain.Article;
import id.jalin.forum.domain.ForumProfile;
import id.jalin.agreement.domain.Obligation;
import id.jalin.agreement.domain.Party;
import id.jalin.agreement.domain.Recurrence;
import id.jalin.kernel.pdf.PlacedGlyphs;
import id.jalin.kernel.pdf.PlacedGlyphs.Glyph;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The printing rules a secretary checks on an agreement: article order, counterparts, signature page, stamps. */
class AgreementPrintRulesTest {
    private static final ForumProfile FORUM = new ForumProfile(0, "Forum Perpustakaan Perguruan Tinggi Indonesia Jawa Barat",
            "FPPTI-JABAR", "Jl. Ganesha No. 10", "Bandung", "(022) 2500089", "sekretariat@fpptijabar.or.id", "", null, 90);
    private static final Article CLOSING = new Article(null, "Penutup", "Closing Provisions",
            "Perjanjian ini dibuat dalam rangkap dua, masing-masing bermeterai cukup dan mempunyai kekuatan hukum yang sama.",
            "This Agreement is made in two counterparts, each duly stamped and of equal legal force.");
    private static final Party LONG_NAMED = Party.member(3L,
            "Perpustakaan Universitas Islam Negeri Sunan Gunung Djati Bandung", "Dra. Euis Komalasari",
            "Kepala Perpustakaan", "Bandung");

    static byte[] print(Agreement agreement, PrintLanguage language, String sample) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new AgreementPdf(FORUM).write(agreement, language, out);
        byte[] pdf = out.toByteArray();
        Path folder = Files.createDirectories(Path.of("target/pdf-samples"));
        Files.write(folder.resolve("agreement-" + sample + ".pdf"), pdf);
        return pdf;
    }

    static Agreement agreement(List<Party> parties, List<Article> articles, boolean obligations) {
        Agreement base = Agreements.withParties(
                Agreements.pks(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 15), LocalDate.of(2028, 1, 14)), parties);
        return new Agreement(null, 0, base.kind(), base.number(), base.titleId(), base.titleEn(), base.type(),
                base.forms(), base.signedOn(), base.startsOn(), base.endsOn(), base.renewal(), null, null, null, "",
                base.parties(), articles, obligations
                        ? List.of(new Obligation(null, 2, "Mengirim 10 terbitan per tahun", "Send 10 publications a year",
                                Recurrence.YEARLY, LocalDate.of(2026, 12, 31), List.of()))
                        : List.of());
    }

    static Article article(int n, int sentences) {
        return new Article(null, "Ketentuan " + n, "Provision " + n,
                ("Kalimat pasal " + n + " dalam bahasa Indonesia yang cukup panjang agar terbungkus. ").repeat(sentences),
                ("Sentence of article " + n + " in English, long enough to wrap across the column. ").repeat(sentences));
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void closingArticleIsTheLastEvenWithObligations() throws IOException {
        Agreement agreement = agreement(List.of(Agreements.unpad(), Agreements.itb()),
                List.of(article(1, 2), CLOSING, article(3, 2)), true);

        String text = text(print(agreement, PrintLanguage.INDONESIAN, "closing-last"));

        assertThat(text).contains("Pasal 2 Ketentuan 3").contains("Pasal 3 Kewajiban Para Pihak")
                .contains("Pasal 4 Penutup");
        assertThat(text.indexOf("Pasal 4 Penutup")).isGreaterThan(text.indexOf("Kewajiban Para Pihak"));
        assertThat(text).doesNotContain("Pasal 5");
    }

    @Test
    void counterpartsFollowTheNumberOfParties() throws IOException {
        String two = text(print(agreement(List.of(Agreements.unpad(), Agreements.itb()), List.of(CLOSING), false),
                PrintLanguage.BILINGUAL, "two-parties"));
        String three = text(print(agreement(List.of(Agreements.unpad(), Agreements.itb(), Agreements.bank()),
                List.of(CLOSING), false), PrintLanguage.BILINGUAL, "three-parties"));

        assertThat(two).contains("rangkap dua").contains("in two counterparts");
        assertThat(three).contains("rangkap tiga").contains("in three counterparts")
                .doesNotContain("rangkap dua").doesNotContain("two counterparts");
    }

    @Test
    void signaturePageAlwaysCarriesTheEndOfTheLastArticle() throws IOException {
        int movedOver = 0;
        for (PrintLanguage language : List.of(PrintLanguage.BILINGUAL, PrintLanguage.INDONESIAN)) {
            for (int sentences = 1; sentences <= 24; sentences += 3) {
                Agreement agreement = agreement(List.of(Agreements.unpad(), Agreements.itb()),
                        List.of(article(1, 6), article(2, sentences)), false);
                try (PDDocument document = Loader.loadPDF(print(agreement, language, "signature-page-" + language + "-" + sentences))) {
                    List<Glyph> glyphs = PlacedGlyphs.of(document);
                    int last = document.getNumberOfPages();
                    float signedAt = lineBaselines(glyphs, last, "Ditandatangani").get(0);
                    List<Float> above = onPage(glyphs, last).stream().filter(g -> g.baseline() > signedAt + 1)
                            .map(Glyph::baseline).distinct().toList();
                    assertThat(above).as(language + ", " + sentences + " sentences: lines above the signatures")
                            .hasSizeGreaterThanOrEqualTo(2);
                    if (last > 1 && !pageText(document, last).contains("Pasal 2")) {
                        movedOver++;
                    }
                }
            }
        }
        // the case the rule is for really happened: the signatures fell onto a page of their own
        assertThat(movedOver).isPositive();
    }

    @Test
    void signatoryNamesAreLevelWhenOneInstitutionWraps() throws IOException {
        Agreement agreement = agreement(List.of(LONG_NAMED, Agreements.itb()), List.of(CLOSING), false);
        try (PDDocument document = Loader.loadPDF(print(agreement, PrintLanguage.BILINGUAL, "names-level"))) {
            List<Glyph> glyphs = PlacedGlyphs.of(document);
            int last = document.getNumberOfPages();
            List<Glyph> block = signatureBlock(glyphs, last);
            List<Float> institution = lineBaselines(block, last, "Djati");
            float first = lineBaselines(block, last, "Euis").get(0);
            float second = lineBaselines(block, last, "Bambang").get(0);

            assertThat(institution.get(institution.size() - 1))
                    .as("the long name wraps in the signature block")
                    .isLessThan(lineBaselines(block, last, "ITB").get(0) - 1);
            assertThat(first).isCloseTo(second, within(0.1f));
        }
    }

    @Test
    void stampedAgreementLeavesRoomForTheDutyStampAtEverySignature() throws IOException {
        String stamped = pageTexts(print(agreement(List.of(Agreements.unpad(), Agreements.itb()), List.of(CLOSING), false),
                PrintLanguage.INDONESIAN, "stamped"));
        Article unstampedClosing = new Article(null, "Penutup", "Closing Provisions",
                "Perjanjian ini dibuat dalam rangkap dua dan mempunyai kekuatan hukum yang sama.",
                "This Agreement is made in two counterparts of equal legal force.");
        String plain = pageTexts(print(agreement(List.of(Agreements.unpad(), Agreements.itb()),
                List.of(unstampedClosing), false), PrintLanguage.INDONESIAN, "unstamped"));

        assertThat(stamped.split("Meterai", -1)).hasSize(3);
        assertThat(plain).doesNotContain("Meterai");
    }

    @Test
    void dutyStampFrameSitsBetweenInstitutionAndSignatoryName() throws IOException {
        Agreement agreement = agreement(List.of(Agreements.unpad(), Agreements.itb()), List.of(CLOSING), false);
        try (PDDocument document = Loader.loadPDF(print(agreement, PrintLanguage.INDONESIAN, "stamp-place"))) {
            int last = document.getNumberOfPages();
            List<Glyph> block = signatureBlock(PlacedGlyphs.of(document), last);
            float stamp = lineBaselines(block, last, "Meterai").get(0);
            float institution = lineBaselines(block, last, "Padjadjaran").get(0);
            float name = lineBaselines(block, last, "Siti").get(0);

            assertThat(stamp).isLessThan(institution).isGreaterThan(name);
            // a meterai tempel is about 3 cm tall; the signature goes across it, so the gap must hold it
            assertThat(institution - name).isGreaterThan(85f);
        }
    }

    private static String pageTexts(byte[] pdf) throws IOException {
        return text(pdf);
    }

    private static String pageText(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document);
    }

    /** The glyphs below "Ditandatangani di ..." on {@code page}. */
    private static List<Glyph> signatureBlock(List<Glyph> glyphs, int page) {
        float signedAt = lineBaselines(glyphs, page, "Ditandatangani").get(0);
        return onPage(glyphs, page).stream().filter(g -> g.baseline() < signedAt - 1).toList();
    }

    private static List<Glyph> onPage(List<Glyph> glyphs, int page) {
        return glyphs.stream().filter(g -> g.page() == page).toList();
    }

    /** Baselines, top down, of the lines on {@code page} whose text contains {@code word}. */
    static List<Float> lineBaselines(List<Glyph> glyphs, int page, String word) {
        Map<Float, String> lines = new TreeMap<>(Comparator.reverseOrder());
        Map<Float, List<Glyph>> byBaseline = onPage(glyphs, page).stream()
                .collect(Collectors.groupingBy(g -> Math.round(g.baseline() * 10) / 10f));
        byBaseline.forEach((baseline, line) -> lines.put(baseline, line.stream()
                .sorted(Comparator.comparing(Glyph::x)).map(Glyph::text).collect(Collectors.joining())));
        List<Float> found = new ArrayList<>();
        lines.forEach((baseline, text) -> {
            if (text.contains(word)) {
                found.add(baseline);
            }
        });
        return found;
    }
}
