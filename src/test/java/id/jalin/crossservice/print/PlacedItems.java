package id.jalin.crossservice.print;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Reads back where each visible glyph landed, in PDF coordinates (y up from the bottom), page by page. */
final class PlacedItems extends PDFTextStripper {
    record Glyph(int page, String text, float x, float baseline, float width, float size) {
        float right() {
            return x + width;
        }

        /** DejaVu's ascent and descent are 0.93 and 0.24 em. */
        float top() {
            return baseline + 0.93f * size;
        }

        float bottom() {
            return baseline - 0.24f * size;
        }
    }

    private final List<Glyph> glyphs = new ArrayList<>();

    private PlacedItems() {
    }

    static List<Glyph> glyphs(PDDocument document) throws IOException {
        PlacedItems stripper = new PlacedItems();
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
