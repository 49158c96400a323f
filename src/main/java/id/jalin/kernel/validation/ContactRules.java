package id.jalin.kernel.validation;

import java.util.regex.Pattern;

/** Shapes of contact details that members, staff and card holders share. */
public final class ContactRules {
    // Deliberately loose: one @, a dot in the domain, no spaces. Real checking is sending mail.
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}$");
    // Digits with the separators people type: "+62 22 2503271", "(022) 250-3271", "0812-2233-4455".
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9()\\-. ]{6,25}$");
    private static final Pattern WEBSITE = Pattern.compile("^(https?://)?[^\\s/]+\\.[^\\s]{2,}$", Pattern.CASE_INSENSITIVE);

    private ContactRules() {
    }

    public static boolean isEmail(String text) {
        return EMAIL.matcher(text).matches();
    }

    public static boolean isPhone(String text) {
        long digits = text.chars().filter(Character::isDigit).count();
        return PHONE.matcher(text).matches() && digits >= 6 && digits <= 15;
    }

    public static boolean isWebsite(String text) {
        return WEBSITE.matcher(text).matches();
    }

    public static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
