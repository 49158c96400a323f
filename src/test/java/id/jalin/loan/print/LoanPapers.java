package id.jalin.loan.print;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads loan papers back the way a person or a desk scanner would: their text, pages as images, the barcode. */
final class LoanPapers {
    /** Where the tests leave their PDFs, to be looked at by eye. */
    static final Path SAMPLES = Path.of("target", "pdf-samples", "loan");

    private LoanPapers() {
    }

    static PDDocument open(byte[] pdf) throws IOException {
        return Loader.loadPDF(pdf);
    }

    /** The text of one page (from 1) with runs of white space as single spaces. */
    static String text(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document).replaceAll("\\s+", " ");
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = open(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    static BufferedImage render(PDDocument document, int pageIndex) throws IOException {
        return new PDFRenderer(document).renderImageWithDPI(pageIndex, 300, ImageType.GRAY);
    }

    /** The Code 128 value ZXing reads from the image, if it finds one. */
    static Optional<String> barcode(BufferedImage image) {
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        Map<DecodeHintType, Object> hints = Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE,
                DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.CODE_128));
        try {
            return Optional.of(new MultiFormatReader().decode(bitmap, hints).getText());
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    static void keep(String name, byte[] pdf) throws IOException {
        Files.createDirectories(SAMPLES);
        try (OutputStream out = Files.newOutputStream(SAMPLES.resolve(name))) {
            out.write(pdf);
        }
    }
}
