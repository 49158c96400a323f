package id.jalin.crossservice.domain;

import id.jalin.kernel.files.ImageKind;
import java.util.Arrays;
import java.util.Optional;

/**
 * A card holder's passport photo, JPEG or PNG only: those are what cameras and scanners produce and what the
 * card printer can place. The type is read from the first bytes, not the file name, so a renamed file cannot
 * slip through.
 */
public record Photo(String mediaType, byte[] content) {
    /** Large enough for a 600 dpi passport photo; a card prints it at 3 by 4 cm. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;

    public Photo {
        content = content.clone();
    }

    /** The photo these bytes make, or empty when they are neither JPEG nor PNG. */
    public static Optional<Photo> of(byte[] content) {
        return mediaTypeOf(content).map(type -> new Photo(type, content));
    }

    public static Optional<String> mediaTypeOf(byte[] content) {
        return ImageKind.drawable(content).map(ImageKind::mediaType);
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Photo photo && mediaType.equals(photo.mediaType)
                && Arrays.equals(content, photo.content);
    }

    @Override
    public int hashCode() {
        return 31 * mediaType.hashCode() + Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return "Photo[" + mediaType + ", " + content.length + " bytes]";
    }
}
