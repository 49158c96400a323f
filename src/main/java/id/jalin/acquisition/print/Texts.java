package id.jalin.acquisition.print;

/** The one way the print records tidy the text they are given. */
final class Texts {
    private Texts() {
    }

    static String tidy(String text) {
        return text == null ? "" : text.strip();
    }

    static String required(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(what);
        }
        return text.strip();
    }
}
