package id.jalin.training.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * The code printed on a participant's badge (Code 128) and scanned at the door: {@code JT}, the registration's number
 * in seven digits and a Luhn check digit, (registration 42: {@code JT0000042} and its check digit). Given once when the registration is stored, so a
 * reprinted badge carries the same code; the check digit turns a misread into "unknown" rather than someone else.
 */
public final class BadgeCode {
    static final String PREFIX = "JT";

    private BadgeCode() {
    }

    public static String of(long registrationId) {
        String digits = String.format(Locale.ROOT, "%07d", registrationId);
        return PREFIX + digits + checkDigit(digits);
    }

    /** The registration a scanned or typed code names, when it is a well-formed badge code. */
    public static Optional<Long> registrationOf(String scanned) {
        String code = normalise(scanned);
        if (!code.startsWith(PREFIX) || code.length() < PREFIX.length() + 8) {
            return Optional.empty();
        }
        String digits = code.substring(PREFIX.length(), code.length() - 1);
        if (!digits.chars().allMatch(Character::isDigit) || digits.length() > 15) {
            return Optional.empty();
        }
        char check = code.charAt(code.length() - 1);
        return check == checkDigit(digits) ? Optional.of(Long.parseLong(digits)) : Optional.empty();
    }

    /** What a scanner or a typist gives, as codes are stored: no spaces, upper case. */
    public static String normalise(String scanned) {
        return scanned == null ? "" : scanned.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }

    static char checkDigit(String digits) {
        int sum = 0;
        boolean twice = true;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int digit = digits.charAt(i) - '0';
            if (twice) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            twice = !twice;
        }
        return (char) ('0' + (10 - sum % 10) % 10);
    }
}
