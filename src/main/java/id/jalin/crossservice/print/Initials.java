package id.jalin.crossservice.print;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The one or two letters that stand in for a missing photo: the first letters of the first and the last name. */
final class Initials {
    private Initials() {
    }

    static String of(String name) {
        List<String> words = Arrays.stream(name.strip().split("[\\s.,]+"))
                .filter(word -> !word.isEmpty() && Character.isLetter(word.codePointAt(0)))
                .toList();
        if (words.isEmpty()) {
            return "?";
        }
        String first = firstLetter(words.get(0));
        return words.size() == 1 ? first : first + firstLetter(words.get(words.size() - 1));
    }

    private static String firstLetter(String word) {
        return new String(Character.toChars(word.codePointAt(0))).toUpperCase(Locale.ROOT);
    }
}
