package id.jalin.catalogue.search;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A title as the title order compares it: lower case, diacritics and punctuation dropped, an English leading article
 * ("The", "A", "An") skipped, so that "The Art of ..." sorts under A and "'Ulumul Qur'an" under U.
 */
final class TitleSortKey {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern ARTICLE = Pattern.compile("^(the|a|an) (?=.)");
    /** Long enough to order any two real titles; keeps the doc values small. */
    private static final int LENGTH = 120;

    private TitleSortKey() {
    }

    static String of(String title) {
        if (title == null) {
            return "";
        }
        String folded = MARKS.matcher(Normalizer.normalize(title, Normalizer.Form.NFD)).replaceAll("");
        String words = NOT_WORD.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
        String key = ARTICLE.matcher(words).replaceFirst("");
        return key.length() > LENGTH ? key.substring(0, LENGTH) : key;
    }
}
