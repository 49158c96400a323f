package id.jalin.kernel.pdf;

import java.io.IOException;

/** One wrapped line of a paragraph. */
record TextLineSlice(String text, TextStyle style, Alignment alignment, boolean keepWithNext) implements Slice {
    @Override
    public float height() {
        return style.leading();
    }

    @Override
    public void draw(PageCanvas canvas, float x, float top, float width) throws IOException {
        canvas.lineInSlot(text, style, alignment, x, top, width);
    }
}
