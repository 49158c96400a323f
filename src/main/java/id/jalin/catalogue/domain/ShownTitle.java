package id.jalin.catalogue.domain;

import java.util.Collection;
import java.util.Locale;

/**
 * The title a work is shown by in the union catalogue. A work is shown by its first record's title, as that member
 * wrote it; when that member typed it in capitals ("JURNAL ILMIAH STATISTIKA TERAPAN") or closed it with ISBD
 * punctuation ("Jurnal statistika terapan /"), and another member wrote the same words plainly, the plain one is
 * shown instead. Only the same words: a title is never shown by another member's different wording of it.
 */
public final class ShownTitle {
    private ShownTitle() {
    }

    public static String of(String first, Collection<String> others) {
        if (first == null || !untidy(first)) {
            return first;
        }
        String words = words(first);
        for (String other : others) {
            if (other != null && !untidy(other) && words(other).equals(words)) {
                return other;
            }
        }
        return first;
    }

    private static boolean untidy(String title) {
        return inCapitals(mainTitle(title)) || closed(title.strip());
    }

    /**
     * The part before the subtitle: a member that types the title proper in capitals often types the subtitle from
     * the title page as it stands ("TINJAUAN KRITIS STATISTIKA : teori dan praktik").
     */
    private static String mainTitle(String title) {
        int colon = title.indexOf(':');
        return colon > 0 ? title.substring(0, colon) : title;
    }

    /** Letters, none of them small, and more than an acronym's few: typed with Caps Lock on ("C++" is not). */
    private static boolean inCapitals(String title) {
        int letters = 0;
        for (int i = 0; i < title.length(); i++) {
            char c = title.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        return letters > 3;
    }

    /** Ends in the ISBD punctuation that separates a title from what follows it on a card. */
    private static boolean closed(String title) {
        return title.length() > 1 && "/:;=".indexOf(title.charAt(title.length() - 1)) >= 0;
    }

    private static String words(String title) {
        String text = title.strip();
        while (closed(text)) {
            text = text.substring(0, text.length() - 1).strip();
        }
        return text.toLowerCase(Locale.ROOT);
    }
}
