package id.jalin.crossservice.print;

import id.jalin.kernel.pdf.PlacedGlyphs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import id.jalin.kernel.pdf.Units;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class CalibrationSheetPdfTest {

    static byte[] render(CardSheetSettings settings) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CalibrationSheetPdf().write(settings, out);
        return out.toByteArray();
    }

    @Test
    void oneA4PageThatNamesTheNominalCrossPositionInBothLanguages() throws IOException {
        try (PDDocument document = Pdfs.open(render(CardSheetSettings.NONE))) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(document.getPage(0).getMediaBox().getWidth()).isCloseTo(595.3f, within(0.2f));
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("105,0 mm dan 148,5 mm", "105.0 mm and 148.5 mm", "100 mm");
        }
    }

    @Test
    void rulerNumbersSitAtTheirDistanceFromTheEdgeAndMoveWithTheFrontCorrection() throws IOException {
        try (PDDocument plain = Pdfs.open(render(CardSheetSettings.NONE));
             PDDocument shifted = Pdfs.open(render(new CardSheetSettings(2, 1, 0, 0)))) {
            PlacedGlyphs.Glyph fifty = label(PlacedGlyphs.sortedByPosition(plain));
            PlacedGlyphs.Glyph moved = label(PlacedGlyphs.sortedByPosition(shifted));

            // the "50" of the top ruler is centred on the tick 50 mm from the left edge
            assertThat(Units.toMm(fifty.x() + fifty.width())).isCloseTo(50, within(0.3));
            assertThat(Units.toMm(moved.x() - fifty.x())).isCloseTo(2, within(0.05));
            assertThat(Units.toMm(fifty.baseline() - moved.baseline())).isCloseTo(1, within(0.05));
        }
    }

    /** The "5" of the "50" on the top ruler: the highest glyph "5" directly followed by "0". */
    private static PlacedGlyphs.Glyph label(List<PlacedGlyphs.Glyph> glyphs) {
        PlacedGlyphs.Glyph best = null;
        for (int i = 0; i + 1 < glyphs.size(); i++) {
            PlacedGlyphs.Glyph g = glyphs.get(i);
            if (g.text().equals("5") && glyphs.get(i + 1).text().equals("0") && g.size() < 5
                    && Units.toMm(g.x()) > 40 && Units.toMm(g.x()) < 60
                    && (best == null || g.baseline() > best.baseline())) {
                best = g;
            }
        }
        assertThat(best).isNotNull();
        return best;
    }
}
