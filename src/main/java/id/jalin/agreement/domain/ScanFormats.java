package id.jalin.agreement.domain;

import id.jalin.kernel.files.ImageKind;
import java.util.Optional;

/** Recognises a scanned copy (PDF or an image, see {@link ImageKind}) by its first bytes, not by its name, so a renamed file cannot slip through. */
final class ScanFormats {
    private ScanFormats() {
    }

    static Optional<String> detect(byte[] content) {
        if (startsWith(content, 0x25, 0x50, 0x44, 0x46)) {
            return Optional.of("application/pdf");
        }
        return ImageKind.of(content).map(ImageKind::mediaType);
    }

    private static boolean startsWith(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
