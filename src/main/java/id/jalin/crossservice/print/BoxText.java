package id.jalin.crossservice.print;

import id.jalin.kernel.pdf.Alignment;
import id.jalin.kernel.pdf.Box;
import id.jalin.kernel.pdf.FittedText;
import id.jalin.kernel.pdf.PageCanvas;
import id.jalin.kernel.pdf.TextFitter;
import id.jalin.kernel.pdf.TextStyle;
import id.jalin.kernel.pdf.VerticalAlignment;
import java.io.IOException;

/**
 * Text in a fixed card box at the largest size from {@code style.size()} down to {@code minSize} at which it fits
 * whole, on one line or wrapped. The kernel's fitter wraps only at the minimum size; on a card a two-line name or a
 * paragraph of rules reads better at the largest size that still fits.
 */
final class BoxText {
    private static final float STEP = 0.25f;

    private BoxText() {
    }

    static FittedText draw(PageCanvas canvas, String text, Box box, TextStyle style, float minSize,
                           Alignment alignment, VerticalAlignment verticalAlignment) throws IOException {
        TextFitter fitter = canvas.resources().fitter();
        float size = style.size();
        for (; size > minSize + 0.001f; size -= STEP) {
            if (!fitter.fit(text, style.withSize(size), size, box.width(), box.height()).truncated()) {
                break;
            }
        }
        float chosen = Math.max(size, minSize);
        // at the minimum the kernel cuts what still does not fit with an ellipsis rather than overflow the card
        return canvas.textInBox(text, box, style.withSize(chosen), chosen, alignment, verticalAlignment);
    }
}
