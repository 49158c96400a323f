package id.jalin.training.print;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.GenericMultipleBarcodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads training papers back: text per page with line breaks folded to spaces, pages as images, codes from them. */
final class TrainingPdfs {
    private TrainingPdfs() {
    }

    /** The text of page {@code page} (from 1), every run of white space one space, so wrapped names read whole. */
    static String pageText(byte[] pdf, int page) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            return stripper.getText(document).replaceAll("\\s+", " ");
        }
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    static BufferedImage render(byte[] pdf, int pageIndex, float dpi) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFRenderer(document).renderImageWithDPI(pageIndex, dpi, ImageType.GRAY);
        }
    }

    /**
     * Only the part of page {@code pageIndex} from ({@code xMm}, {@code yMm}) up (PDF coordinates), {@code sizeMm}
     * square, at {@code dpi}: a code's corner of the page reads back much faster than the whole page.
     */
    static BufferedImage renderSquare(byte[] pdf, int pageIndex, double xMm, double yMm, double sizeMm, float dpi)
            throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            float scale = dpi / 72f;
            float pageHeight = document.getPage(pageIndex).getMediaBox().getHeight();
            int pixels = Math.round((float) (sizeMm / 25.4 * dpi));
            BufferedImage image = new BufferedImage(pixels, pixels, BufferedImage.TYPE_BYTE_GRAY);
            java.awt.Graphics2D graphics = image.createGraphics();
            // the renderer clears the page to the background colour, black unless told
            graphics.setBackground(java.awt.Color.WHITE);
            graphics.clearRect(0, 0, pixels, pixels);
            float top = pageHeight - id.jalin.kernel.pdf.Units.mm(yMm + sizeMm);
            graphics.translate(-id.jalin.kernel.pdf.Units.mm(xMm) * scale, -top * scale);
            new PDFRenderer(document).renderPageToGraphics(pageIndex, graphics, scale);
            graphics.dispose();
            return image;
        }
    }

    /** The one QR code in the image, or null. */
    static String qrCode(BufferedImage image) {
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        try {
            return new com.google.zxing.qrcode.QRCodeReader().decode(bitmap,
                    Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
        } catch (com.google.zxing.ReaderException e) {
            return null;
        }
    }

    /** Every code of {@code format} ZXing finds in the image. */
    static List<String> codes(BufferedImage image, BarcodeFormat format) {
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        Map<DecodeHintType, Object> hints = Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE,
                DecodeHintType.POSSIBLE_FORMATS, List.of(format));
        try {
            Result[] results = new GenericMultipleBarcodeReader(new MultiFormatReader()).decodeMultiple(bitmap, hints);
            return Arrays.stream(results).map(Result::getText).toList();
        } catch (NotFoundException e) {
            return List.of();
        }
    }
}
