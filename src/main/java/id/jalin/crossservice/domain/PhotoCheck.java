package id.jalin.crossservice.domain;

import id.jalin.kernel.validation.Validation;

/** Why a file cannot be a holder's photo, if it cannot; shared by the form and the folder import. */
final class PhotoCheck {
    private PhotoCheck() {
    }

    /** For a file known by its size alone to be too large, without reading it. */
    static Validation tooLarge(String fileName) {
        return Validation.builder().error("photo", "holder.error.photo.tooLarge", fileName,
                Photo.MAX_BYTES / (1024 * 1024)).build();
    }

    static Validation check(String fileName, byte[] content) {
        return Validation.builder()
                .errorIf(content.length == 0, "photo", "holder.error.photo.empty", fileName)
                .errorIf(content.length > Photo.MAX_BYTES, "photo", "holder.error.photo.tooLarge", fileName,
                        Photo.MAX_BYTES / (1024 * 1024))
                .errorIf(content.length > 0 && Photo.mediaTypeOf(content).isEmpty(), "photo",
                        "holder.error.photo.type", fileName)
                .build();
    }
}
