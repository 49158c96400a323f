package id.jalin.kernel.pdf;

import java.awt.Color;
import java.io.IOException;

/** A dashed frame with a small label, centred in its column, marking room for something stuck on after printing. */
record MarkedSpaceSlice(float height, float frameWidth, float frameHeight, String label, TextStyle style)
        implements Slice {
    private static final Color GREY = new Color(0x80, 0x80, 0x80);
    private static final float LABEL_INSET = 2;

    @Override
    public void draw(PageCanvas canvas, float x, float top, float width) throws IOException {
        float frameX = x + (width - frameWidth) / 2;
        float frameTop = top - (height - frameHeight) / 2;
        Box frame = new Box(frameX, frameTop - frameHeight, frameWidth, frameHeight);
        canvas.dashedRectangle(frame, 0.5f, GREY);
        if (!label.isBlank()) {
            canvas.textInBox(label, frame.inset(LABEL_INSET), style.withColor(GREY), style.size() * 0.7f,
                    Alignment.CENTER, VerticalAlignment.MIDDLE);
        }
    }
}
