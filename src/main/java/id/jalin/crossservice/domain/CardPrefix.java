package id.jalin.crossservice.domain;

/**
 * The library part of a library's card numbers (decision record 0008): {@code 1..999}, unique in the forum,
 * and fixed once a card carries it, because printed cards cannot be renumbered. {@code hasCards} says whether
 * any card number carries it yet.
 */
public record CardPrefix(long libraryId, int prefix, int version, boolean hasCards) {
    public static final int LOWEST = 1;
    public static final int HIGHEST = 999;

    /** Three digits, as the prefix appears inside a card number: "012". */
    public String shown() {
        return format(prefix);
    }

    public static String format(int prefix) {
        return String.format("%03d", prefix);
    }
}
