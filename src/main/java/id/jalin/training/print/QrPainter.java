package id.jalin.training.print;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import id.jalin.kernel.pdf.Box;
import id.jalin.kernel.pdf.PageCanvas;
import java.awt.Color;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Draws a QR code as vector squares, so it stays sharp on any printer. Error correction M survives a fold or a
 * stamp across a corner; the four-module quiet zone is part of the box and stays white.
 */
final class QrPainter {
    static final int QUIET_ZONE = 4;

    private QrPainter() {
    }

    /** Draws {@code text} in the square of side {@code box.width()} at the bottom left of {@code box}. */
    static void draw(PageCanvas canvas, String text, Box box) throws IOException {
        BitMatrix matrix = encode(text);
        int size = matrix.getWidth() + 2 * QUIET_ZONE;
        float module = box.width() / size;
        float left = box.x() + QUIET_ZONE * module;
        float top = box.y() + box.width() - QUIET_ZONE * module;
        for (int row = 0; row < matrix.getHeight(); row++) {
            int column = 0;
            while (column < matrix.getWidth()) {
                if (!matrix.get(column, row)) {
                    column++;
                    continue;
                }
                int start = column;
                while (column < matrix.getWidth() && matrix.get(column, row)) {
                    column++;
                }
                // a run of dark modules as one rectangle, a hair taller so no white line shows between rows
                canvas.fill(new Box(left + start * module, top - (row + 1) * module - 0.05f,
                        (column - start) * module, module + 0.1f), Color.BLACK);
            }
        }
    }

    private static BitMatrix encode(String text) {
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name(),
                    EncodeHintType.MARGIN, 0));
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot be written as a QR code: " + text, e);
        }
    }
}
