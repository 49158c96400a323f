package id.jalin.catalogue.domain;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ISBN as the union catalogue compares it: always the 13 digits, so that {@code 1930110995} and
 * {@code 978-1-930110-99-1} meet. Read from what catalogues write in 020 $a/$z or SLiMS's isbn_issn column:
 * hyphens and spaces between digits, a prefix such as "ISBN", and qualifiers such as "(pbk.)" are dropped. A
 * number whose check digit is wrong is kept (the catalogue holds it so) but flagged, and never matched on its own.
 */
public record Isbn(String digits, boolean checkDigitValid) {
    /** Ten or thirteen digits (the last of ten may be X), written with or without hyphens or spaces between. */
    private static final Pattern WRITTEN = Pattern.compile("(?<![0-9])([0-9](?:[- ]?[0-9]){8}[- ]?[0-9Xx]"
            + "(?:(?<=[0-9])[- ]?[0-9][- ]?[0-9][- ]?[0-9])?)(?![0-9Xx])");

    public Isbn {
        if (digits == null || !digits.matches("97[89][0-9]{10}")) {
            throw new IllegalArgumentException("Not an ISBN-13: " + digits);
        }
    }

    /** The first ISBN written in {@code text}, as 13 digits; empty when it holds none. */
    public static Optional<Isbn> read(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher found = WRITTEN.matcher(text);
        while (found.find()) {
            String compact = found.group(1).replaceAll("[- ]", "").toUpperCase(java.util.Locale.ROOT);
            Optional<Isbn> isbn = compact.length() == 13 ? thirteen(compact) : ten(compact);
            if (isbn.isPresent()) {
                return isbn;
            }
        }
        return Optional.empty();
    }

    private static Optional<Isbn> thirteen(String compact) {
        if (!compact.matches("97[89][0-9]{10}")) {
            return Optional.empty();
        }
        char check = checkDigit13(compact.substring(0, 12));
        return Optional.of(new Isbn(compact, compact.charAt(12) == check));
    }

    private static Optional<Isbn> ten(String compact) {
        if (compact.length() != 10 || !compact.substring(0, 9).matches("[0-9]{9}")) {
            return Optional.empty();
        }
        boolean valid = compact.charAt(9) == checkDigit10(compact.substring(0, 9));
        String body = "978" + compact.substring(0, 9);
        // a wrong ISBN-10 check digit stays wrong as ISBN-13: the flag, not a recomputed digit, tells
        return Optional.of(new Isbn(body + checkDigit13(body), valid));
    }

    static char checkDigit13(String twelve) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (twelve.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return (char) ('0' + (10 - sum % 10) % 10);
    }

    static char checkDigit10(String nine) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (nine.charAt(i) - '0') * (10 - i);
        }
        int check = (11 - sum % 11) % 11;
        return check == 10 ? 'X' : (char) ('0' + check);
    }
}
