package id.jalin.crossservice.print;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.GenericMultipleBarcodeReader;
import id.jalin.kernel.task.Progress;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** Writes card documents to bytes and reads them back: pages as images, barcodes from the images. */
final class Pdfs {
    private Pdfs() {
    }

    static byte[] cr80(List<CardFace> cards) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CardPrinterPdf(CardSamples.forum()).write(cards, out, Progress.NONE);
        return out.toByteArray();
    }

    static byte[] sheets(List<CardFace> cards, CardSheetSettings settings) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CardSheetPdf(CardSamples.forum()).write(cards, settings, out, Progress.NONE);
        return out.toByteArray();
    }

    static PDDocument open(byte[] pdf) throws IOException {
        return Loader.loadPDF(pdf);
    }

    static BufferedImage render(byte[] pdf, int page, float dpi) throws IOException {
        try (PDDocument document = open(pdf)) {
            return new PDFRenderer(document).renderImageWithDPI(page, dpi, ImageType.GRAY);
        }
    }

    /** Every Code 128 value ZXing finds in the image. */
    static List<String> barcodes(BufferedImage image) {
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        Map<DecodeHintType, Object> hints = Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE,
                DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.CODE_128));
        try {
            Result[] results = new GenericMultipleBarcodeReader(new MultiFormatReader()).decodeMultiple(bitmap, hints);
            return Arrays.stream(results).map(Result::getText).toList();
        } catch (NotFoundException e) {
            return List.of();
        }
    }
}
