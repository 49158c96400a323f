package id.jalin.kernel.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** Images (PNG or JPEG bytes) embedded in one PDF, each distinct image once however often it is drawn. */
public final class PdfImages {
    private final PDDocument document;
    // keyed by content, so a sheet of ten cards with the same logo embeds it once
    private final Map<ByteBuffer, PDImageXObject> embedded = new HashMap<>();

    public PdfImages(PDDocument document) {
        this.document = document;
    }

    public PDImageXObject image(byte[] bytes) {
        ByteBuffer key = ByteBuffer.wrap(bytes.clone());
        return embedded.computeIfAbsent(key, k -> {
            try {
                return PDImageXObject.createFromByteArray(document, k.array(), "image");
            } catch (IOException | IllegalArgumentException e) {
                throw new UncheckedIOException(new IOException("Not a readable PNG or JPEG image", e));
            }
        });
    }
}
