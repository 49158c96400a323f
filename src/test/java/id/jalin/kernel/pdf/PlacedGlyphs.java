package id.jalin.kernel.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads back where each visible glyph of a PDF landed, in PDF coordinates (y up from the bottom). Shared by the
 * toolkit's tests and the tests of every document built on it.
 */
public final class PlacedGlyphs extends PDFTextStripper {
    public record Glyph(int page, String text, float x, float baseline, float width, float size) {
        public float right() {
            return x + width;
        }

        /** DejaVu's ascent and descent are 0.93 and 0.24 em. */
        public float top() {
            return baseline + 0.93f * size;
        }

        public float bottom() {
            return baseline - 0.24f * size;
        }
    }

    private final List<Glyph> glyphs = new ArrayList<>();

    private PlacedGlyphs() {
    }

    /** The glyphs in the order the content streams draw them. */
    public static List<Glyph> of(PDDocument document) throws IOException {
        PlacedGlyphs stripper = new PlacedGlyphs();
        stripper.getText(document);
        return stripper.glyphs;
    }

    /** The glyphs in reading order on each page, top to bottom and left to right. */
    public static List<Glyph> sortedByPosition(PDDocument document) throws IOException {
        PlacedGlyphs stripper = new PlacedGlyphs();
        stripper.setSortByPosition(true);
        stripper.getText(document);
        return stripper.glyphs;
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        float pageHeight = getCurrentPage().getMediaBox().getHeight();
        for (TextPosition p : positions) {
            if (!p.getUnicode().isBlank()) {
                glyphs.add(new Glyph(getCurrentPageNo(), p.getUnicode(), p.getXDirAdj(), pageHeight - p.getYDirAdj(),
                        p.getWidthDirAdj(), p.getFontSizeInPt()));
            }
        }
    }
}
