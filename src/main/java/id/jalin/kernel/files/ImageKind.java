package id.jalin.kernel.files;

import java.util.Optional;

/**
 * The kind of an image told from its first bytes, never from the file name, so a renamed file cannot slip through.
 * Photos, logos and scans all ask here.
 */
public enum ImageKind {
    PNG("image/png", 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A),
    JPEG("image/jpeg", 0xFF, 0xD8, 0xFF),
    TIFF_LITTLE_ENDIAN("image/tiff", 0x49, 0x49, 0x2A, 0x00),
    TIFF_BIG_ENDIAN("image/tiff", 0x4D, 0x4D, 0x00, 0x2A);

    private final String mediaType;
    private final int[] signature;

    ImageKind(String mediaType, int... signature) {
        this.mediaType = mediaType;
        this.signature = signature;
    }

    public String mediaType() {
        return mediaType;
    }

    /** Whether PDFBox and JavaFX can draw it: PNG and JPEG, what cameras, scanners and logos come as. */
    public boolean isDrawable() {
        return this == PNG || this == JPEG;
    }

    /** The kind these bytes are, or empty when they are none of these images (or null, or too short). */
    public static Optional<ImageKind> of(byte[] content) {
        for (ImageKind kind : values()) {
            if (kind.matches(content)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** The kind, only if it is PNG or JPEG. */
    public static Optional<ImageKind> drawable(byte[] content) {
        return of(content).filter(ImageKind::isDrawable);
    }

    private boolean matches(byte[] content) {
        if (content == null || content.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((content[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
