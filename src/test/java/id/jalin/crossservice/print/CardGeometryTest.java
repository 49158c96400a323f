package id.jalin.crossservice.print;

import id.jalin.kernel.pdf.PlacedGlyphs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import id.jalin.kernel.pdf.Box;
import id.jalin.kernel.pdf.PageSize;
import id.jalin.kernel.pdf.Units;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;

class CardGeometryTest {
    private static final float TOLERANCE = 0.5f;

    @Test
    void cardPrinterPagesAreCr80FrontThenBack() throws IOException {
        try (PDDocument document = Pdfs.open(Pdfs.cr80(CardSamples.cards(2)))) {
            assertThat(document.getNumberOfPages()).isEqualTo(4);
            for (PDPage page : document.getPages()) {
                PDRectangle box = page.getMediaBox();
                assertThat(box.getWidth()).isCloseTo(242.6f, within(0.2f));
                assertThat(box.getHeight()).isCloseTo(153.0f, within(0.2f));
            }
            List<PlacedGlyphs.Glyph> glyphs = PlacedGlyphs.sortedByPosition(document);
            assertThat(text(glyphs, 1)).contains("AhmadFauzi").contains("JB20250000");
            assertThat(text(glyphs, 2)).contains("KetentuanPenggunaan").contains("TermsofUse");
        }
    }

    @Test
    void everyGlyphImageAndBarStaysInsideTheCardsSafeArea() throws IOException {
        List<CardFace> cards = CardSamples.cards(1);
        try (PDDocument document = Pdfs.open(Pdfs.cr80(cards))) {
            Box safe = new CardGeometry(CardGeometry.cardAt(0, 0)).safe();
            for (PlacedGlyphs.Glyph glyph : PlacedGlyphs.sortedByPosition(document)) {
                assertInside(glyph, safe);
            }
            for (int page = 0; page < 2; page++) {
                PaintedShapes shapes = PaintedShapes.of(document.getPage(page));
                for (Box image : shapes.images()) {
                    assertInside(image, safe);
                }
                // the colour band runs to the edge; everything else filled (placeholder, bars) keeps to the safe area
                shapes.fills().stream().filter(fill -> fill.width() < Units.mm(80))
                        .forEach(fill -> assertInside(fill, safe));
            }
        }
    }

    @Test
    void theA4GridIsTwoByFiveCentredWithGaps() {
        Box topLeft = SheetLayout.nominalBox(new SheetLayout.Slot(0, 0));
        Box topRight = SheetLayout.nominalBox(new SheetLayout.Slot(1, 0));
        Box bottomLeft = SheetLayout.nominalBox(new SheetLayout.Slot(0, 4));

        assertThat(topLeft.width()).isCloseTo(242.6f, within(0.2f));
        assertThat(topLeft.height()).isCloseTo(153.0f, within(0.2f));
        float leftMargin = topLeft.x();
        float rightMargin = PageSize.A4.width() - topRight.right();
        assertThat(leftMargin).isCloseTo(rightMargin, within(0.01f));
        assertThat(PageSize.A4.height() - topLeft.top()).isCloseTo(bottomLeft.y(), within(0.01f));
        assertThat(Units.toMm(topRight.x() - topLeft.right())).isCloseTo(SheetLayout.COLUMN_GAP_MM, within(0.01));
        Box secondRow = SheetLayout.nominalBox(new SheetLayout.Slot(0, 1));
        assertThat(Units.toMm(topLeft.y() - secondRow.top())).isCloseTo(SheetLayout.ROW_GAP_MM, within(0.01));
        assertThat(bottomLeft.y()).isGreaterThan(Units.mm(5));
    }

    @Test
    void glyphsOnTheSheetLieInsideTheComputedCardBoxes() throws IOException {
        List<CardFace> cards = CardSamples.cards(10);
        SheetLayout layout = new SheetLayout(CardSheetSettings.NONE);
        try (PDDocument document = Pdfs.open(Pdfs.sheets(cards, CardSheetSettings.NONE))) {
            List<PlacedGlyphs.Glyph> glyphs = PlacedGlyphs.sortedByPosition(document);
            for (PlacedGlyphs.Glyph glyph : glyphs) {
                List<Box> boxes = glyph.page() == 1
                        ? boxes(i -> layout.frontBox(SheetLayout.slot(i)))
                        : boxes(i -> layout.backBox(SheetLayout.slot(i)));
                assertThat(boxes).as("card containing %s", glyph)
                        .anySatisfy(box -> assertInside(glyph, box.inset(Units.mm(2.9))));
            }
            // the card in slot 3 (column 1, row 1) shows its own number inside its own box
            Box slot3 = layout.frontBox(SheetLayout.slot(3));
            String inSlot3 = glyphs.stream().filter(g -> g.page() == 1 && slot3.contains(g.x(), g.baseline()))
                    .map(PlacedGlyphs.Glyph::text).reduce("", String::concat);
            assertThat(inSlot3).contains(cards.get(3).number());
        }
    }

    @Test
    void theBackOfAFrontIsInTheOtherColumnSameRowMirroredAroundTheCentreLine() {
        SheetLayout layout = new SheetLayout(CardSheetSettings.NONE);
        for (int i = 0; i < SheetLayout.CARDS_PER_SHEET; i++) {
            SheetLayout.Slot front = SheetLayout.slot(i);
            SheetLayout.Slot back = SheetLayout.backSlot(front);
            assertThat(back).isEqualTo(new SheetLayout.Slot(1 - front.column(), front.row()));

            Box frontBox = layout.frontBox(front);
            Box backBox = layout.backBox(front);
            float centre = PageSize.A4.width() / 2;
            assertThat(centre - backBox.right()).isCloseTo(frontBox.x() - centre, within(0.01f));
            assertThat(backBox.y()).isEqualTo(frontBox.y());
            assertThat(backBox.x()).isCloseTo(SheetLayout.nominalBox(back).x(), within(0.01f));
        }
    }

    @Test
    void theBacksPageReallyPutsEachBackInTheMirroredSlot() throws IOException {
        // three cards: fronts in (0,0) (1,0) (0,1), so backs must be in (1,0) (0,0) (1,1) and nowhere in (0,1)
        try (PDDocument document = Pdfs.open(Pdfs.sheets(CardSamples.cards(3), CardSheetSettings.NONE))) {
            List<PlacedGlyphs.Glyph> backs = PlacedGlyphs.sortedByPosition(document).stream().filter(g -> g.page() == 2).toList();
            assertThat(countIn(backs, SheetLayout.nominalBox(new SheetLayout.Slot(1, 1)))).isPositive();
            assertThat(countIn(backs, SheetLayout.nominalBox(new SheetLayout.Slot(0, 1)))).isZero();
        }
    }

    @Test
    void calibrationOffsetsMoveFrontsAndBacksSeparately() throws IOException {
        CardSheetSettings settings = new CardSheetSettings(1.5, -2.0, -0.5, 3.0);
        SheetLayout layout = new SheetLayout(settings);
        SheetLayout.Slot slot = SheetLayout.slot(0);
        Box nominal = SheetLayout.nominalBox(slot);
        Box mirrored = SheetLayout.nominalBox(SheetLayout.backSlot(slot));

        Box front = layout.frontBox(slot);
        Box back = layout.backBox(slot);

        assertThat(Units.toMm(front.x() - nominal.x())).isCloseTo(1.5, within(0.01));
        assertThat(Units.toMm(nominal.y() - front.y())).isCloseTo(-2.0, within(0.01));
        assertThat(Units.toMm(back.x() - mirrored.x())).isCloseTo(-0.5, within(0.01));
        assertThat(Units.toMm(mirrored.y() - back.y())).isCloseTo(3.0, within(0.01));

        // and in the PDF: the first glyph of each page moves by exactly its side's offset
        try (PDDocument plain = Pdfs.open(Pdfs.sheets(CardSamples.cards(1), CardSheetSettings.NONE));
             PDDocument shifted = Pdfs.open(Pdfs.sheets(CardSamples.cards(1), settings))) {
            for (int page = 1; page <= 2; page++) {
                PlacedGlyphs.Glyph a = first(PlacedGlyphs.sortedByPosition(plain), page);
                PlacedGlyphs.Glyph b = first(PlacedGlyphs.sortedByPosition(shifted), page);
                double dx = page == 1 ? 1.5 : -0.5;
                double down = page == 1 ? -2.0 : 3.0;
                assertThat(Units.toMm(b.x() - a.x())).isCloseTo(dx, within(0.05));
                assertThat(Units.toMm(a.baseline() - b.baseline())).isCloseTo(down, within(0.05));
            }
        }
    }

    private static PlacedGlyphs.Glyph first(List<PlacedGlyphs.Glyph> glyphs, int page) {
        return glyphs.stream().filter(g -> g.page() == page).findFirst().orElseThrow();
    }

    private static long countIn(List<PlacedGlyphs.Glyph> glyphs, Box box) {
        return glyphs.stream().filter(g -> box.contains(g.x(), g.baseline())).count();
    }

    private static List<Box> boxes(java.util.function.IntFunction<Box> box) {
        return java.util.stream.IntStream.range(0, SheetLayout.CARDS_PER_SHEET).mapToObj(box).toList();
    }

    private static String text(List<PlacedGlyphs.Glyph> glyphs, int page) {
        return glyphs.stream().filter(g -> g.page() == page).map(PlacedGlyphs.Glyph::text)
                .reduce("", String::concat);
    }

    static void assertInside(PlacedGlyphs.Glyph glyph, Box box) {
        assertThat(glyph.x()).as("left of %s", glyph).isGreaterThanOrEqualTo(box.x() - TOLERANCE);
        assertThat(glyph.right()).as("right of %s", glyph).isLessThanOrEqualTo(box.right() + TOLERANCE);
        assertThat(glyph.bottom()).as("bottom of %s", glyph).isGreaterThanOrEqualTo(box.y() - TOLERANCE);
        assertThat(glyph.top()).as("top of %s", glyph).isLessThanOrEqualTo(box.top() + TOLERANCE);
    }

    static void assertInside(Box inner, Box outer) {
        assertThat(inner.x()).as("left of %s", inner).isGreaterThanOrEqualTo(outer.x() - TOLERANCE);
        assertThat(inner.right()).as("right of %s", inner).isLessThanOrEqualTo(outer.right() + TOLERANCE);
        assertThat(inner.y()).as("bottom of %s", inner).isGreaterThanOrEqualTo(outer.y() - TOLERANCE);
        assertThat(inner.top()).as("top of %s", inner).isLessThanOrEqualTo(outer.top() + TOLERANCE);
    }
}
