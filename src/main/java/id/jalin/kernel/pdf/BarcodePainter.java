package id.jalin.kernel.pdf;

import java.awt.Color;
import java.io.IOException;

/**
 * Draws a Code 128 symbol as vector bars, so it is as sharp as the printer can print. The bars are never narrower
 * than {@link #MIN_MODULE_MM}: below that, card and label printers at 300 dpi (0.085 mm a dot) blur neighbouring
 * bars together.
 */
public final class BarcodePainter {
    public static final double MIN_MODULE_MM = 0.25;
    /** Wider bars than this only make a short number's barcode sprawl across a card or a slip. */
    public static final double MAX_MODULE_MM = 0.40;

    private BarcodePainter() {
    }

    /** Module width in points for a barcode centred in {@code width} points, quiet zones included. */
    public static float moduleWidth(Code128Barcode barcode, float width) {
        double moduleMm = Units.toMm(width) / barcode.totalModules();
        if (moduleMm < MIN_MODULE_MM - 1e-9) {
            throw new BarcodeDoesNotFitException(barcode.value(), Units.toMm(width),
                    barcode.totalModules() * MIN_MODULE_MM);
        }
        return Units.mm(Math.min(moduleMm, MAX_MODULE_MM));
    }

    /**
     * Draws the bars in {@code area}, centred across it; the quiet zones are part of the width used and stay blank.
     * Returns the box the barcode occupies including its quiet zones.
     */
    public static Box draw(PageCanvas canvas, Code128Barcode barcode, Box area) throws IOException {
        float module = moduleWidth(barcode, area.width());
        float used = module * barcode.totalModules();
        float left = area.x() + (area.width() - used) / 2;
        for (Code128Barcode.Bar bar : barcode.bars()) {
            canvas.fill(new Box(left + bar.start() * module, area.y(), bar.width() * module, area.height()),
                    Color.BLACK);
        }
        return new Box(left, area.y(), used, area.height());
    }
}
