package id.jalin.training.print;

import id.jalin.kernel.pdf.Alignment;
import id.jalin.kernel.pdf.Box;
import id.jalin.kernel.pdf.PageCanvas;
import id.jalin.kernel.pdf.TextStyle;
import java.io.IOException;

/** Text set into a fixed box on a certificate or a badge, fitted by {@link FitText} and centred in its height. */
final class Boxes {
    private Boxes() {
    }

    static FitText.Fitted text(PageCanvas canvas, String text, TextStyle style, float oneLineMin, Box box,
                               Alignment alignment) throws IOException {
        FitText.Fitted fitted = FitText.fit(canvas.resources(), text, style, oneLineMin, box.width(), box.height());
        float top = box.top() - Math.max(0, box.height() - fitted.height()) / 2;
        for (String line : fitted.lines()) {
            canvas.lineInSlot(line, fitted.style(), alignment, box.x(), top, box.width());
            top -= fitted.style().leading();
        }
        return fitted;
    }

    static FitText.Fitted centred(PageCanvas canvas, String text, TextStyle style, float oneLineMin, Box box)
            throws IOException {
        return text(canvas, text, style, oneLineMin, box, Alignment.CENTER);
    }
}
