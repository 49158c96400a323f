package id.jalin.kernel.text;

import java.util.regex.Pattern;

/** Where text shown in a narrow place may not be broken onto the next line. */
public final class LineBreaks {
    private static final Pattern DIGIT_GROUP_SPACE = Pattern.compile("(?<=[0-9)]|\\bRp) (?=[0-9])");

    private LineBreaks() {
    }

    /**
     * A number written in groups ("26 012 00042 3", "(022) 2503271") is read as one word: the spaces between its
     * digits do not break, so a card number never ends up half on one line and half on the next; nor does the space
     * after "Rp", so an amount is never "Rp" on one line and its figure on the next.
     */
    public static String keepNumbersWhole(String value) {
        return DIGIT_GROUP_SPACE.matcher(value).replaceAll("\u00A0");
    }
}
