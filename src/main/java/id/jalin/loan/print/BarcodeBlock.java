package id.jalin.loan.print;

import id.jalin.kernel.pdf.Alignment;
import id.jalin.kernel.pdf.BarcodePainter;
import id.jalin.kernel.pdf.Block;
import id.jalin.kernel.pdf.Box;
import id.jalin.kernel.pdf.Code128Barcode;
import id.jalin.kernel.pdf.DocumentResources;
import id.jalin.kernel.pdf.PageCanvas;
import id.jalin.kernel.pdf.Slice;
import id.jalin.kernel.pdf.TextStyle;
import java.io.IOException;
import java.util.List;

/**
 * A Code 128 barcode centred in the column with its value in text beneath, so the desk can type the number when
 * the scanner fails. Its size never shrinks with the rest of a crowded slip: smaller bars stop scanning.
 */
record BarcodeBlock(Code128Barcode barcode, float barHeight, float textGap, TextStyle textStyle) implements Block {

    static BarcodeBlock of(String value, float barHeight, float textGap, TextStyle textStyle) {
        // encoded here, before anything is drawn, so a number Code 128 cannot carry stops the job early
        return new BarcodeBlock(Code128Barcode.of(value), barHeight, textGap, textStyle);
    }

    @Override
    public List<Slice> slices(DocumentResources resources, float width) {
        // measured now so a column too narrow for readable bars fails during layout, not half-way through drawing
        BarcodePainter.moduleWidth(barcode, width);
        return List.of(new BarcodeSlice(barcode, barHeight, textGap, textStyle));
    }

    private record BarcodeSlice(Code128Barcode barcode, float barHeight, float textGap, TextStyle textStyle)
            implements Slice {
        @Override
        public float height() {
            return barHeight + textGap + textStyle.leading();
        }

        @Override
        public void draw(PageCanvas canvas, float x, float top, float width) throws IOException {
            BarcodePainter.draw(canvas, barcode, new Box(x, top - barHeight, width, barHeight));
            canvas.lineInSlot(barcode.value(), textStyle, Alignment.CENTER, x, top - barHeight - textGap, width);
        }
    }
}
