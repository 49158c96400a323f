package id.jalin.catalogue.domain;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one word of a normalised edition or volume statement as a number, the ways Indonesian and English catalogues
 * write it: digits ("2"), English ordinal suffixes ("2nd", "3rd"), Roman numerals ("II", as in "Cetakan II" or
 * "Jilid III"), ordinal words ("kedua", "ketiga", "second", "third") and, for volumes ("buku satu", "part two"),
 * cardinal words. "Ke-2" reaches here as two words, "ke" and "2", so only the number needs reading.
 */
final class Numerals {
    private static final Pattern DIGITS = Pattern.compile("([0-9]{1,3})(?:st|nd|rd|th|e|er|eme|a)?");
    private static final Pattern ROMAN = Pattern.compile("x{0,2}(?:ix|iv|v?i{0,3})");
    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("pertama", 1), Map.entry("kesatu", 1), Map.entry("kedua", 2), Map.entry("ketiga", 3),
            Map.entry("keempat", 4), Map.entry("kelima", 5), Map.entry("keenam", 6), Map.entry("ketujuh", 7),
            Map.entry("kedelapan", 8), Map.entry("kesembilan", 9), Map.entry("kesepuluh", 10),
            Map.entry("first", 1), Map.entry("second", 2), Map.entry("third", 3), Map.entry("fourth", 4),
            Map.entry("fifth", 5), Map.entry("sixth", 6), Map.entry("seventh", 7), Map.entry("eighth", 8),
            Map.entry("ninth", 9), Map.entry("tenth", 10),
            Map.entry("satu", 1), Map.entry("dua", 2), Map.entry("tiga", 3), Map.entry("empat", 4),
            Map.entry("lima", 5), Map.entry("enam", 6), Map.entry("tujuh", 7), Map.entry("delapan", 8),
            Map.entry("sembilan", 9), Map.entry("sepuluh", 10), Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10));

    private Numerals() {
    }

    /** The number {@code word} (lower case, no punctuation) stands for, when it stands for one. */
    static Optional<Integer> read(String word) {
        Matcher digits = DIGITS.matcher(word);
        if (digits.matches()) {
            return Optional.of(Integer.parseInt(digits.group(1)));
        }
        Integer named = WORDS.get(word);
        if (named != null) {
            return Optional.of(named);
        }
        return roman(word);
    }

    /** I to XXIX: enough for the volumes and editions of one title; "x" alone is read as 10. */
    static Optional<Integer> roman(String word) {
        if (word.isEmpty() || !ROMAN.matcher(word).matches()) {
            return Optional.empty();
        }
        int total = 0;
        int previous = 0;
        for (int i = word.length() - 1; i >= 0; i--) {
            int value = switch (word.charAt(i)) {
                case 'i' -> 1;
                case 'v' -> 5;
                default -> 10;
            };
            total += value < previous ? -value : value;
            previous = Math.max(previous, value);
        }
        return Optional.of(total);
    }
}
