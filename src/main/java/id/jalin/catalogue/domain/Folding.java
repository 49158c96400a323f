package id.jalin.catalogue.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds text to the form the match keys compare: lower case, diacritics gone (Unicode NFKD, marks dropped, and the
 * few Latin letters NFKD leaves whole spelt out), apostrophes dropped inside words ("Qur'an" = "Quran"), every other
 * run of punctuation and spacing one space.
 */
final class Folding {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['\u2018\u2019\u02bc\u02bb`\u00b4]");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Folding() {
    }

    static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        String decomposed = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFKD)).replaceAll("");
        String spelt = decomposed.replace("\u00df", "ss").replace("\u00e6", "ae").replace("\u0153", "oe")
                .replace("\u00f8", "o").replace("\u0111", "d").replace("\u0142", "l").replace("\u0131", "i");
        String joined = APOSTROPHES.matcher(spelt).replaceAll("");
        return NOT_WORD.matcher(joined).replaceAll(" ").strip();
    }
}
