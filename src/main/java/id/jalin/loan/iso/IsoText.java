package id.jalin.loan.iso;

import java.util.Objects;

/** The one rule for text in the records: an empty element and an absent one mean the same, so both are null. */
final class IsoText {
    private IsoText() {
    }

    static String orNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    static String required(String text, String what) {
        Objects.requireNonNull(text, what);
        if (text.isBlank()) {
            throw new IllegalArgumentException(what + " is blank");
        }
        return text;
    }
}
