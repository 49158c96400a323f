package id.jalin.crossservice.domain;

import java.util.regex.Pattern;

/**
 * A forum card number: eleven digits, {@code YY LLL NNNNN C} = the two-digit year of issue, the home library's
 * three-digit card prefix ({@link CardPrefix}), a five-digit running number per prefix and year, and a Luhn check
 * digit (decision record 0008). Digits only, so a barcode scanner, a numeric keypad and a person reading it aloud all cope.
 */
public record CardNumber(String digits) {
    public static final int LENGTH = 11;
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-]");

    public CardNumber {
        if (digits == null || digits.length() != LENGTH || !Luhn.isValid(digits)) {
            throw new IllegalArgumentException("Not a card number: " + digits);
        }
    }

    public static CardNumber generate(int year, long prefix, int running) {
        if (prefix < 0 || prefix > 999 || running < 1 || running > 99_999) {
            throw new IllegalArgumentException("Out of range: prefix " + prefix + ", running " + running);
        }
        String body = String.format("%02d%03d%05d", Math.floorMod(year, 100), prefix, running);
        return new CardNumber(body + Luhn.checkDigit(body));
    }

    /** What a scanned or typed text turned out to be, before anything is looked up. */
    public sealed interface Reading {
        /** A well-formed number with a correct check digit: worth looking up. */
        record Valid(CardNumber number) implements Reading {
        }

        /** Eleven digits whose last is wrong: a typing or reading error, not a card of the forum. */
        record BadCheckDigit(String digits) implements Reading {
        }

        /** Letters, too few or too many digits: not even shaped like a card number. */
        record NotACardNumber(String text) implements Reading {
        }
    }

    /**
     * Reads what a scanner or a person typed: surrounding whitespace (a scanner's Enter) is dropped and the spaces
     * or hyphens people type to group digits ("24 012 00042 7", "24-012-00042-7") are ignored.
     */
    public static Reading read(String scanned) {
        String text = scanned == null ? "" : scanned.strip();
        String digits = SEPARATORS.matcher(text).replaceAll("");
        if (digits.length() != LENGTH || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return new Reading.NotACardNumber(text);
        }
        return Luhn.isValid(digits) ? new Reading.Valid(new CardNumber(digits)) : new Reading.BadCheckDigit(digits);
    }

    /** Grouped for print and screen: "24 012 00042 7". */
    public String grouped() {
        return digits.substring(0, 2) + " " + digits.substring(2, 5) + " " + digits.substring(5, 10) + " "
                + digits.substring(10);
    }

    @Override
    public String toString() {
        return digits;
    }
}
