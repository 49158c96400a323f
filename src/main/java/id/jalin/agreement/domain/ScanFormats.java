package id.jalin.agreement.domain;

import java.util.Optional;

/** Recognises a scanned copy by its first bytes, not by its name, so a renamed file cannot slip through. */
final class ScanFormats {
    private ScanFormats() {
    }

    static Optional<String> detect(byte[] content) {
        if (startsWith(content, 0x25, 0x50, 0x44, 0x46)) {
            return Optional.of("application/pdf");
        }
        if (startsWith(content, 0x89, 0x50, 0x4E, 0x47)) {
            return Optional.of("image/png");
        }
        if (startsWith(content, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("image/jpeg");
        }
        if (startsWith(content, 0x49, 0x49, 0x2A, 0x00) || startsWith(content, 0x4D, 0x4D, 0x00, 0x2A)) {
            return Optional.of("image/tiff");
        }
        return Optional.empty();
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
