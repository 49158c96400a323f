package id.jalin.training.print;

import id.jalin.kernel.pdf.Alignment;
import id.jalin.kernel.pdf.DocumentResources;
import id.jalin.kernel.pdf.PageCanvas;
import id.jalin.kernel.pdf.Slice;
import id.jalin.kernel.pdf.TextStyle;
import java.io.IOException;
import java.util.List;

/** "Kegiatan : title that may wrap", the value's lines hanging under each other after the colon. */
record LabelValueSlice(String label, TextStyle labelStyle, List<String> lines, TextStyle valueStyle, float labelWidth)
        implements Slice {
    private static final String COLON = ": ";

    static LabelValueSlice of(DocumentResources resources, String label, TextStyle labelStyle, String value,
                              TextStyle valueStyle, float labelWidth, float width) {
        float valueWidth = width - labelWidth - resources.fonts().width(COLON, valueStyle);
        return new LabelValueSlice(label, labelStyle,
                resources.wrapper().wrap(value.isBlank() ? "-" : value, valueStyle, valueWidth), valueStyle,
                labelWidth);
    }

    @Override
    public float height() {
        return Math.max(labelStyle.leading(), lines.size() * valueStyle.leading());
    }

    @Override
    public void draw(PageCanvas canvas, float x, float top, float width) throws IOException {
        canvas.lineInSlot(label, labelStyle, Alignment.LEFT, x, top, labelWidth);
        float colonWidth = canvas.resources().fonts().width(COLON, valueStyle);
        canvas.lineInSlot(COLON, valueStyle, Alignment.LEFT, x + labelWidth, top, colonWidth);
        float y = top;
        for (String line : lines) {
            canvas.lineInSlot(line, valueStyle, Alignment.LEFT, x + labelWidth + colonWidth, y,
                    width - labelWidth - colonWidth);
            y -= valueStyle.leading();
        }
    }
}
