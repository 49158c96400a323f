package id.jalin.crossservice.print;

import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.crossservice.domain.CardNumber;
import id.jalin.crossservice.domain.CardNumberText;
import id.jalin.kernel.pdf.Box;
import id.jalin.kernel.pdf.PlacedGlyphs;
import id.jalin.kernel.pdf.PlacedGlyphs.Glyph;
import id.jalin.kernel.pdf.Units;
import id.jalin.kernel.task.Progress;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/** What a secretary checks on printed cards: the forum's name whole, even rules, the number, marks a printer reaches. */
class CardPrintRulesTest {
    private static final String LONG_FORUM = "Forum Perpustakaan Perguruan Tinggi Indonesia Jawa Barat";
    private static final float BAND_BOTTOM = Units.mm(41.98);

    private static byte[] card(CardForum forum, CardFace face, String sample) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CardPrinterPdf(forum).write(List.of(face), out, Progress.NONE);
        Files.createDirectories(Path.of("target/pdf-samples"));
        Files.write(Path.of("target/pdf-samples", "card-" + sample + ".pdf"), out.toByteArray());
        return out.toByteArray();
    }

    private static List<Glyph> glyphs(byte[] pdf, int page) throws IOException {
        try (PDDocument document = Pdfs.open(pdf)) {
            return PlacedGlyphs.sortedByPosition(document).stream().filter(g -> g.page() == page).toList();
        }
    }

    @Test
    void longForumNameBesideTheLogoIsPrintedWholeInsideTheBand() throws IOException {
        CardForum forum = new CardForum(LONG_FORUM, CardSamples.logoPng(), "Jl. Ganesha 10, Bandung");
        List<Glyph> band = glyphs(card(forum, CardSamples.card("Ahmad Fauzi", "JB20250001", null), "long-forum"), 1)
                .stream().filter(g -> g.baseline() > BAND_BOTTOM).toList();
        String text = band.stream().map(Glyph::text).collect(Collectors.joining());
        Box safe = new CardGeometry(CardGeometry.cardAt(0, 0)).safe();

        for (String word : LONG_FORUM.split(" ")) {
            assertThat(text).contains(word);
        }
        assertThat(text).doesNotContain("\u2026");
        band.forEach(glyph -> {
            CardGeometryTest.assertInside(glyph, safe);
            assertThat(glyph.bottom()).as(glyph.text()).isGreaterThan(BAND_BOTTOM);
        });
        float nameSize = band.stream().filter(g -> g.text().equals("F")).findFirst().orElseThrow().size();
        assertThat(nameSize).isBetween(4.5f, 9f);
    }

    @Test
    void rulesOnTheBackAreOneSizeInBothLanguages() throws IOException {
        byte[] pdf = Pdfs.cr80(List.of(CardSamples.card("Ahmad Fauzi", "JB20250001", null)));
        // the rules sit between the found-card line (13.5 mm) and the band (47 mm)
        List<Glyph> rules = glyphs(pdf, 2).stream()
                .filter(g -> g.baseline() > Units.mm(13.5) && g.baseline() < Units.mm(46)).toList();
        float middle = CardGeometry.CARD.width() / 2;

        assertThat(rules.stream().filter(g -> g.x() < middle)).isNotEmpty();
        assertThat(rules.stream().filter(g -> g.x() > middle)).isNotEmpty();
        assertThat(rules.stream().map(Glyph::size).distinct()).hasSize(1);
    }

    @Test
    void cardNumberIsPrintedAsOnScreenAndTheLetter() throws IOException {
        CardNumber number = CardNumber.generate(2026, 12, 42);
        byte[] pdf = card(CardSamples.forum(), CardSamples.card("Ahmad Fauzi", number.digits(), null), "number");
        String text = glyphs(pdf, 1).stream().map(Glyph::text).collect(Collectors.joining());
        List<Glyph> front = glyphs(pdf, 1);

        assertThat(CardNumberText.of(number.digits())).isEqualTo(number.grouped()).isEqualTo("26 012 00042 " + number.digits().charAt(10));
        // the grouped number is printed as groups: its glyphs, in order, with gaps where the spaces are
        assertThat(text).contains(number.digits());
        assertThat(lineWith(front, number.digits().substring(0, 2))).startsWith(number.grouped() + " ");
        assertThat(Pdfs.barcodes(Pdfs.render(pdf, 0, 600))).containsExactly(number.digits());
    }

    @Test
    void cropMarksStayFiveMillimetresInsideThePaper() throws IOException {
        byte[] pdf = Pdfs.sheets(CardSamples.cards(10), CardSheetSettings.NONE);
        float limit = Units.mm(5) - 0.01f;
        try (PDDocument document = Pdfs.open(pdf)) {
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                List<Box> marks = PaintedShapes.of(document.getPage(page)).strokes();
                float width = document.getPage(page).getMediaBox().getWidth();
                float height = document.getPage(page).getMediaBox().getHeight();
                assertThat(marks).hasSizeGreaterThan(40);
                for (Box mark : marks) {
                    assertThat(mark.x()).as("page %d mark %s", page, mark).isGreaterThanOrEqualTo(limit);
                    assertThat(mark.y()).as("page %d mark %s", page, mark).isGreaterThanOrEqualTo(limit);
                    assertThat(width - mark.right()).as("page %d mark %s", page, mark).isGreaterThanOrEqualTo(limit);
                    assertThat(height - mark.top()).as("page %d mark %s", page, mark).isGreaterThanOrEqualTo(limit);
                }
            }
        }
    }

    @Test
    void everyCutLineKeepsAMarkAtBothEndsOfTheSheet() throws IOException {
        byte[] pdf = Pdfs.sheets(CardSamples.cards(10), CardSheetSettings.NONE);
        try (PDDocument document = Pdfs.open(pdf)) {
            List<Box> marks = PaintedShapes.of(document.getPage(0)).strokes();
            for (int column = 0; column < SheetLayout.COLUMNS; column++) {
                Box card = SheetLayout.nominalBox(new SheetLayout.Slot(column, 0));
                for (float x : new float[] {card.x(), card.right()}) {
                    assertThat(marks.stream().filter(m -> m.width() < 0.01f && Math.abs(m.x() - x) < 0.01f))
                            .as("vertical marks on the cut at x=%s", x).hasSizeGreaterThanOrEqualTo(2);
                }
            }
            Box top = SheetLayout.nominalBox(new SheetLayout.Slot(0, 0));
            assertThat(marks.stream().filter(m -> m.height() < 0.01f && Math.abs(m.y() - top.top()) < 0.01f))
                    .as("marks on the top cut").isNotEmpty();
        }
    }

    @Test
    void colouredBandBleedsPastTheTrimOnTheSheet() throws IOException {
        byte[] pdf = Pdfs.sheets(CardSamples.cards(1), CardSheetSettings.NONE);
        Box card = SheetLayout.nominalBox(SheetLayout.slot(0));
        try (PDDocument document = Pdfs.open(pdf)) {
            Box band = PaintedShapes.of(document.getPage(0)).fills().stream()
                    .filter(f -> f.width() > card.width()).findFirst().orElseThrow();
            float bleed = Units.mm(CardGeometry.BLEED_MM);

            assertThat(band.x()).isCloseTo(card.x() - bleed, org.assertj.core.api.Assertions.within(0.01f));
            assertThat(band.right()).isCloseTo(card.right() + bleed, org.assertj.core.api.Assertions.within(0.01f));
            assertThat(band.top()).isCloseTo(card.top() + bleed, org.assertj.core.api.Assertions.within(0.01f));
            assertThat(bleed).isLessThan(Units.mm(SheetLayout.MARK_GAP_MM));
        }
    }

    /** The text of the line holding a glyph sequence that starts with {@code start}, with spaces at word gaps. */
    private static String lineWith(List<Glyph> glyphs, String start) {
        for (Glyph first : glyphs) {
            List<Glyph> line = glyphs.stream().filter(g -> Math.abs(g.baseline() - first.baseline()) < 0.05f
                    && g.x() >= first.x() - 0.01f).sorted((a, b) -> Float.compare(a.x(), b.x())).toList();
            StringBuilder text = new StringBuilder();
            Glyph previous = null;
            for (Glyph glyph : line) {
                if (previous != null && glyph.x() - previous.right() > glyph.size() * 0.2f) {
                    text.append(' ');
                }
                text.append(glyph.text());
                previous = glyph;
            }
            if (text.toString().startsWith(start) && text.length() > 14) {
                return text.toString();
            }
        }
        return "";
    }
}
