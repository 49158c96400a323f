package id.jalin.training.print;

import id.jalin.kernel.pdf.DocumentResources;
import id.jalin.kernel.pdf.TextStyle;
import java.util.List;

/**
 * Fits a name or a title into a box without ever cutting it, unlike the kernel's fitter, which ends a line in an
 * ellipsis when even its smallest size is too tall: a certificate with half a name is worthless. It keeps one line
 * while the text can stay at {@code oneLineMin} or larger, then wraps (evenly) at the largest size whose lines fit
 * the box, going below {@code oneLineMin} as far as it must.
 */
final class FitText {
    /** Below this nothing on paper is legible; text that needs less still prints whole at this size. */
    static final float FLOOR = 4f;
    private static final float STEP = 0.25f;

    private FitText() {
    }

    /** The lines and the style they fit at. */
    record Fitted(List<String> lines, TextStyle style) {
        float height() {
            return lines.size() * style.leading();
        }
    }

    static Fitted fit(DocumentResources resources, String text, TextStyle style, float oneLineMin, float width,
                      float height) {
        String line = resources.fonts().printable(text, style.role()).replace('\n', ' ').strip();
        for (float size = style.size(); size >= oneLineMin - 0.001f; size -= STEP) {
            TextStyle sized = style.withSize(size);
            if (resources.fonts().width(line, sized) <= width && sized.leading() <= height + 0.01f) {
                return new Fitted(List.of(line), sized);
            }
        }
        for (float size = style.size(); size > FLOOR; size -= STEP) {
            TextStyle sized = style.withSize(size);
            List<String> lines = resources.wrapper().wrapBalanced(line, sized, width);
            if (lines.size() * sized.leading() <= height + 0.01f) {
                return new Fitted(lines, sized);
            }
        }
        TextStyle smallest = style.withSize(FLOOR);
        return new Fitted(resources.wrapper().wrapBalanced(line, smallest, width), smallest);
    }
}
