package id.jalin.loan.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A request's number as printed on its slip and scanned at the desk: {@code PAP-2026-000123} ("pinjam antar
 * perpustakaan", the year it was made, and a running number for that year).
 */
public record LoanNumber(int year, int sequence) {
    private static final Pattern FORM = Pattern.compile("PAP-(\\d{4})-(\\d{1,9})");

    public String text() {
        return String.format(Locale.ROOT, "PAP-%04d-%06d", year, sequence);
    }

    /** Reads a typed or scanned number; spaces and lower case are forgiven, anything else is not a number. */
    public static Optional<LoanNumber> read(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        Matcher matcher = FORM.matcher(typed.strip().toUpperCase(Locale.ROOT).replace(" ", ""));
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new LoanNumber(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2))));
    }

    @Override
    public String toString() {
        return text();
    }
}
