package id.jalin.catalogue.domain;

import java.text.Normalizer;

/**
 * Folds text to the form the match keys compare: lower case, diacritics gone (Unicode NFKD, marks dropped, and the
 * few Latin letters NFKD leaves whole spelt out), apostrophes dropped inside words ("Qur'an" = "Quran"), every other
 * run of punctuation and spacing one space, none at either end.
 *
 * <p>Written as one pass over the characters rather than with regular expressions: every record of a million-holding
 * load is folded several times, and plain ASCII text (most of it) skips the Unicode normalisation altogether.
 */
final class Folding {
    private Folding() {
    }

    static String fold(String text) {
        String source = isAscii(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(source.length());
        boolean gap = false;
        for (int i = 0; i < source.length(); ) {
            int c = source.codePointAt(i);
            i += Character.charCount(c);
            if (c < 128) {
                if (c >= 'A' && c <= 'Z') {
                    c += 'a' - 'A';
                }
                if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                    gap = append(out, gap, c);
                } else if (c != '\'' && c != '`') {
                    gap = true;
                }
                continue;
            }
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK || isApostrophe(c)) {
                continue;
            }
            String spelt = spelt(c);
            if (spelt != null) {
                for (int k = 0; k < spelt.length(); k++) {
                    gap = append(out, gap, spelt.charAt(k));
                }
            } else if (Character.isLetterOrDigit(c)) {
                gap = append(out, gap, Character.toLowerCase(c));
            } else {
                gap = true;
            }
        }
        return out.toString();
    }

    private static boolean append(StringBuilder out, boolean gap, int c) {
        if (gap && out.length() > 0) {
            out.append(' ');
        }
        out.appendCodePoint(c);
        return false;
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    private static boolean isApostrophe(int c) {
        return c == '\u2018' || c == '\u2019' || c == '\u02bc' || c == '\u02bb';
    }

    /** Latin letters NFKD keeps whole, spelt as their base letters. */
    private static String spelt(int c) {
        return switch (c) {
            case '\u00df' -> "ss";
            case '\u00e6', '\u00c6' -> "ae";
            case '\u0153', '\u0152' -> "oe";
            case '\u00f8', '\u00d8' -> "o";
            case '\u0111', '\u0110' -> "d";
            case '\u0142', '\u0141' -> "l";
            case '\u0131' -> "i";
            default -> null;
        };
    }
}
