package id.jalin.kernel.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Fits text into a fixed box, as on a card: first shrink the font (down to a minimum) to keep one line, then wrap
 * at the minimum size, and only when even that is too tall cut the last line short with an ellipsis.
 */
public final class TextFitter {
    private static final float STEP = 0.25f;
    private static final String ELLIPSIS = "\u2026";

    private final PdfFonts fonts;
    private final TextWrapper wrapper;

    public TextFitter(PdfFonts fonts, TextWrapper wrapper) {
        this.fonts = fonts;
        this.wrapper = wrapper;
    }

    public FittedText fit(String text, TextStyle style, float minSize, float width, float height) {
        float smallest = Math.min(minSize, style.size());
        String printable = fonts.printable(text, style.role());
        if (printable.indexOf('\n') < 0) {
            String line = printable.strip();
            for (float size = style.size(); size >= smallest - 0.001f; size -= STEP) {
                TextStyle sized = style.withSize(size);
                if (fonts.width(line, sized) <= width && sized.leading() <= height + 0.01f) {
                    return new FittedText(List.of(line), sized, false);
                }
            }
        }
        TextStyle sized = style.withSize(smallest);
        List<String> lines = wrapper.wrap(text, sized, width);
        int room = Math.max(1, (int) Math.floor((height + 0.01f) / sized.leading()));
        if (lines.size() <= room) {
            return new FittedText(lines, sized, false);
        }
        List<String> kept = new ArrayList<>(lines.subList(0, room));
        kept.set(room - 1, withEllipsis(kept.get(room - 1), sized, width));
        return new FittedText(kept, sized, true);
    }

    private String withEllipsis(String line, TextStyle style, float width) {
        String shortened = line.strip();
        while (!shortened.isEmpty() && fonts.width(shortened + ELLIPSIS, style) > width) {
            shortened = shortened.substring(0, shortened.offsetByCodePoints(shortened.length(), -1)).strip();
        }
        return shortened + ELLIPSIS;
    }
}
