package id.jalin.kernel.pdf;

import java.io.IOException;

/** One wrapped line of a paragraph. */
record TextLineSlice(String text, TextStyle style, Alignment alignment, boolean keepWithNext, boolean endsParagraph)
        implements Slice {

    TextLineSlice(String text, TextStyle style, Alignment alignment, boolean keepWithNext) {
        this(text, style, alignment, keepWithNext, true);
    }

    @Override
    public float height() {
        return style.leading();
    }

    @Override
    public void draw(PageCanvas canvas, float x, float top, float width) throws IOException {
        if (alignment == Alignment.JUSTIFY && !endsParagraph) {
            canvas.justifiedLineInSlot(text, style, x, top, width);
        } else {
            canvas.lineInSlot(text, style, alignment, x, top, width);
        }
    }
}
