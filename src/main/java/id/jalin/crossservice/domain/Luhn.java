package id.jalin.crossservice.domain;

/**
 * The Luhn mod-10 check digit (ISO/IEC 7812-1), as on payment cards. It catches every single wrong digit and
 * every swap of two adjacent digits except 09/90; see docs/decisions/0008-card-number-check-digit.md.
 */
public final class Luhn {
    private Luhn() {
    }

    /** The digit to append to {@code body} (digits only). */
    public static int checkDigit(String body) {
        int sum = 0;
        boolean doubled = true; // the body's last digit is doubled, because the check digit will follow it
        for (int i = body.length() - 1; i >= 0; i--) {
            int digit = digitAt(body, i);
            if (doubled) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            doubled = !doubled;
        }
        return (10 - sum % 10) % 10;
    }

    /** Whether the last digit of {@code number} is the check digit of the digits before it. */
    public static boolean isValid(String number) {
        if (number.length() < 2 || !number.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        int last = number.length() - 1;
        return checkDigit(number.substring(0, last)) == digitAt(number, last);
    }

    private static int digitAt(String text, int index) {
        char c = text.charAt(index);
        if (c < '0' || c > '9') {
            throw new IllegalArgumentException("Not a digit at " + index + ": " + text);
        }
        return c - '0';
    }
}
