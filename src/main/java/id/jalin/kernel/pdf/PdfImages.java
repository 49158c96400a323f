package id.jalin.kernel.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** Images (PNG or JPEG bytes) embedded in one PDF, each distinct image once however often it is drawn. */
public final class PdfImages {
    private final PDDocument document;
    // keyed by a digest of the content, so a sheet of ten cards with the same logo embeds it once, and a batch of
    // 2,000 cards does not keep every 2 MB photo alive as a key
    private final Map<String, PDImageXObject> embedded = new HashMap<>();

    public PdfImages(PDDocument document) {
        this.document = document;
    }

    public PDImageXObject image(byte[] bytes) {
        return embedded.computeIfAbsent(digest(bytes), k -> {
            try {
                return PDImageXObject.createFromByteArray(document, bytes, "image");
            } catch (IOException | IllegalArgumentException e) {
                throw new UncheckedIOException(new IOException("Not a readable PNG or JPEG image", e));
            }
        });
    }

    private static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
