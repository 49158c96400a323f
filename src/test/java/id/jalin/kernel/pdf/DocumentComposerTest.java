package id.jalin.kernel.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import id.jalin.kernel.pdf.PlacedGlyphs.Glyph;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DocumentComposerTest {
    private static final int ARTICLES = 40;
    private static final Box CONTENT = AgreementSample.FRAME.content();
    private static final Box FOOTER = AgreementSample.FRAME.footer();
    private static final float COLUMN_WIDTH = (CONTENT.width() - AgreementSample.COLUMN_GAP) / 2;

    private static byte[] bilingual;

    @BeforeAll
    static void renderAgreement() {
        bilingual = AgreementSample.render(AgreementSample.bilingualArticles(ARTICLES));
    }

    @Test
    void longAgreementBreaksAcrossPagesWithoutLosingAWord() throws IOException {
        try (PDDocument document = Loader.loadPDF(bilingual)) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThan(3);

            List<String> expected = new ArrayList<>();
            LetterheadData letterhead = AgreementSample.letterhead();
            expected.add(letterhead.name());
            expected.addAll(letterhead.addressLines());
            expected.add("PERJANJIAN KERJA SAMA COOPERATION AGREEMENT");
            expected.add("Nomor / Number: 017/FPPTI-JB/PKS/III/2025");
            expected.addAll(AgreementSample.preamble());
            for (int n = 1; n <= ARTICLES; n++) {
                expected.add("Pasal " + n + " " + AgreementSample.indonesian(n));
                expected.add("Article " + n + " " + AgreementSample.english(n));
            }
            expected.add("Bandung, 3 Maret 2025 / 3 March 2025");
            expected.addAll(AgreementSample.signatureWords());
            for (int page = 1; page <= pages; page++) {
                expected.add(AgreementSample.FOOTER_TEXT.textFor(page, pages));
            }

            assertThat(wordCounts(new PDFTextStripper().getText(document)))
                    .isEqualTo(wordCounts(String.join(" ", expected)));
        }
    }

    @Test
    void everyPageSaysWhichPageOfHowManyItIs() throws IOException {
        try (PDDocument document = Loader.loadPDF(bilingual)) {
            int pages = document.getNumberOfPages();
            for (int page = 1; page <= pages; page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertThat(stripper.getText(document))
                        .contains("Halaman " + page + " dari " + pages + " / Page " + page + " of " + pages);
            }
        }
    }

    @Test
    void eachArticleStartsLevelInBothLanguages() throws IOException {
        try (PDDocument document = Loader.loadPDF(bilingual)) {
            List<Line> lines = bodyLines(PlacedGlyphs.of(document));
            for (int n = 1; n <= ARTICLES; n++) {
                Line pasal = onlyLine(lines, true, "Pasal" + n);
                Line article = onlyLine(lines, false, "Article" + n);
                assertThat(article.page()).as("page of article %d", n).isEqualTo(pasal.page());
                assertThat(article.baseline()).as("height of article %d", n).isCloseTo(pasal.baseline(), within(0.5f));
            }
        }
    }

    @Test
    void anArticleThatRunsOverAPageContinuesLevelInBothColumns() throws IOException {
        try (PDDocument document = Loader.loadPDF(bilingual)) {
            List<Line> lines = bodyLines(PlacedGlyphs.of(document));
            int pages = document.getNumberOfPages();
            int continued = 0;
            for (int page = 2; page <= pages; page++) {
                Line left = topLine(lines, page, true);
                Line right = topLine(lines, page, false);
                if (left == null || right == null || left.text().startsWith("Pasal") || right.text().startsWith("Article")) {
                    continue;
                }
                continued++;
                assertThat(right.baseline()).as("continuation on page %d", page).isCloseTo(left.baseline(), within(0.5f));
                assertThat(left.top()).isCloseTo(CONTENT.top(), within(AgreementSample.BODY.leading()));
            }
            assertThat(continued).as("pages where both languages of one article continue").isPositive();
        }
    }

    @Test
    void noGlyphLiesInTheFooterBandOrTheMarginsExceptTheFooter() throws IOException {
        try (PDDocument document = Loader.loadPDF(bilingual)) {
            int pages = document.getNumberOfPages();
            List<Glyph> glyphs = PlacedGlyphs.of(document);
            for (Glyph glyph : glyphs) {
                assertThat(glyph.x()).as("left of %s", glyph).isGreaterThanOrEqualTo(CONTENT.x() - 0.5f);
                assertThat(glyph.right()).as("right of %s", glyph).isLessThanOrEqualTo(CONTENT.right() + 0.5f);
                boolean inContent = glyph.bottom() >= CONTENT.y() - 0.5f && glyph.top() <= CONTENT.top() + 0.5f;
                boolean inFooter = glyph.bottom() >= FOOTER.y() - 0.5f && glyph.top() <= FOOTER.top() + 0.5f;
                assertThat(inContent || inFooter).as("%s lies in the content or in the footer", glyph).isTrue();
            }
            for (int page = 1; page <= pages; page++) {
                int p = page;
                String inFooter = glyphs.stream()
                        .filter(g -> g.page() == p && g.top() <= FOOTER.top() + 0.5f)
                        .sorted(Comparator.comparing(Glyph::x))
                        .map(Glyph::text).collect(Collectors.joining());
                assertThat(inFooter).isEqualTo(AgreementSample.FOOTER_TEXT.textFor(page, pages).replace(" ", ""));
            }
        }
    }

    @Test
    void signatureBlockIsKeptWholeOnTheLastPage() throws IOException {
        try (PDDocument document = Loader.loadPDF(bilingual)) {
            int pages = document.getNumberOfPages();
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(pages);
            stripper.setEndPage(pages);
            String lastPage = stripper.getText(document);
            for (String signature : AgreementSample.signatureWords()) {
                assertThat(lastPage).contains(signature);
            }
        }
    }

    @Test
    void keepTogetherMovesABlockThatWouldBeSplitToTheNextPage() throws IOException {
        byte[] pdf = compose(composer -> {
            int line = 0;
            while (composer.remainingHeight() > 60) {
                composer.paragraph("Baris pengisi nomor " + (++line), AgreementSample.BODY);
            }
            composer.keepTogether(AgreementSample.signatureBlock());
            assertThat(composer.pageCount()).isEqualTo(2);
        });
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<Glyph> glyphs = PlacedGlyphs.of(document);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(2);
            String secondPage = stripper.getText(document);
            for (String signature : AgreementSample.signatureWords()) {
                assertThat(secondPage).contains(signature);
            }
            assertThat(secondPage).doesNotContain("Baris pengisi");
            assertThat(glyphs.stream().filter(g -> g.page() == 2).mapToDouble(Glyph::top).max().orElseThrow())
                    .isCloseTo(CONTENT.top(), within((double) AgreementSample.BODY.leading()));
        }
    }

    @Test
    void headingIsNeverLeftAloneAtTheFootOfAPage() throws IOException {
        byte[] pdf = compose(composer -> {
            while (composer.remainingHeight() > AgreementSample.ARTICLE.leading() * 1.5f) {
                composer.paragraph("Baris pengisi", AgreementSample.BODY);
            }
            composer.add(Block.heading("Pasal 9", AgreementSample.ARTICLE))
                    .paragraph("Isi pasal yang cukup panjang.", AgreementSample.BODY);
        });
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(2);
            assertThat(stripper.getText(document)).startsWith("Pasal 9");
        }
    }

    @Test
    void singleLanguageArticlesUseTheFullWidth() throws IOException {
        byte[] pdf = AgreementSample.render(AgreementSample.indonesianArticles(6));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<Glyph> body = PlacedGlyphs.of(document).stream().filter(g -> g.bottom() > CONTENT.y()).toList();
            assertThat(body.stream().mapToDouble(Glyph::right).max().orElseThrow())
                    .isGreaterThan(CONTENT.x() + COLUMN_WIDTH + AgreementSample.COLUMN_GAP);
            assertThat(new PDFTextStripper().getText(document)).contains("Pasal 6").doesNotContain("Article");
        }
    }

    @Test
    void fontsAreEmbeddedAndUnicodeTextReadsBackExactly() throws IOException {
        String text = "Perjanjian Kerja Sama • Pihak Kedua — Ağaoğlu";
        byte[] pdf = compose(composer -> composer.paragraph(text, AgreementSample.BODY)
                .paragraph(text, TextStyle.bold(10)).paragraph(text, TextStyle.oblique(10)));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDPage page = document.getPage(0);
            List<PDFont> fonts = new ArrayList<>();
            for (COSName name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
            assertThat(fonts).hasSize(3).allSatisfy(font -> assertThat(font.isEmbedded()).isTrue());
            assertThat(new PDFTextStripper().getText(document).strip().split("\\R"))
                    .containsExactly(text, text, text);
        }
    }

    @Test
    void characterTheFontLacksPrintsAsAQuestionMarkInsteadOfFailing() throws IOException {
        byte[] pdf = compose(composer -> composer.paragraph("Nama: 漢字 Tan", AgreementSample.BODY));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document).strip()).isEqualTo("Nama: ?? Tan");
        }
    }

    private interface Composition {
        void compose(DocumentComposer composer) throws IOException;
    }

    private static byte[] compose(Composition composition) throws IOException {
        try (PDDocument document = new PDDocument()) {
            DocumentComposer composer = new DocumentComposer(DocumentResources.embedIn(document), AgreementSample.FRAME);
            composition.compose(composer);
            composer.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    /** Words split at hyphens too, because a line may end after the hyphen of a doubled word (masing-/masing). */
    private static Map<String, Long> wordCounts(String text) {
        return Arrays.stream(text.strip().split("[\\s-]+"))
                .collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
    }

    /** A line of body text in one column, spaces dropped. */
    private record Line(int page, boolean left, float baseline, float top, String text) {
    }

    private static List<Line> bodyLines(List<Glyph> glyphs) {
        Map<String, List<Glyph>> byLine = glyphs.stream()
                .filter(g -> g.bottom() > CONTENT.y())
                .collect(Collectors.groupingBy(g -> g.page() + "/" + isLeft(g) + "/" + Math.round(g.baseline() * 2)));
        return byLine.values().stream().map(line -> {
            Glyph first = line.stream().min(Comparator.comparing(Glyph::x)).orElseThrow();
            String text = line.stream().sorted(Comparator.comparing(Glyph::x)).map(Glyph::text)
                    .collect(Collectors.joining());
            float top = (float) line.stream().mapToDouble(Glyph::top).max().orElseThrow();
            return new Line(first.page(), isLeft(first), first.baseline(), top, text);
        }).toList();
    }

    private static boolean isLeft(Glyph glyph) {
        return glyph.x() < CONTENT.x() + COLUMN_WIDTH + AgreementSample.COLUMN_GAP / 2;
    }

    private static Line onlyLine(List<Line> lines, boolean left, String text) {
        List<Line> found = lines.stream().filter(l -> l.left() == left && l.text().equals(text)).toList();
        assertThat(found).as(text).hasSize(1);
        return found.get(0);
    }

    private static Line topLine(List<Line> lines, int page, boolean left) {
        return lines.stream().filter(l -> l.page() == page && l.left() == left)
                .max(Comparator.comparing(Line::baseline)).orElse(null);
    }
}
