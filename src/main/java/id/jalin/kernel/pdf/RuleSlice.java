package id.jalin.kernel.pdf;

import java.awt.Color;
import java.io.IOException;

/** A horizontal line across the column. */
record RuleSlice(float thickness, float padding) implements Slice {
    @Override
    public float height() {
        return thickness + 2 * padding;
    }

    @Override
    public void draw(PageCanvas canvas, float x, float top, float width) throws IOException {
        float y = top - padding - thickness / 2;
        canvas.line(x, y, x + width, y, thickness, Color.BLACK);
    }
}
