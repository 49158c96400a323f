package id.jalin.kernel.i18n;

import id.jalin.kernel.money.Money;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words on screen and on paper for one language, and the locale's way of writing dates and Rupiah.
 * One instance per language; switching language means handing the screens a new instance.
 */
public final class Messages {
    public static final String BUNDLE = "id.jalin.i18n.messages";

    private final Language language;
    private final ResourceBundle bundle;
    private final DateTimeFormatter dateFormat;
    private final DateTimeFormatter dateTimeFormat;
    private final DateTimeFormatter inputDateFormat;

    public Messages(Language language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle(BUNDLE, language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.dateFormat = DateTimeFormatter.ofPattern("d MMMM yyyy", language.locale());
        this.dateTimeFormat = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", language.locale());
        this.inputDateFormat = DateTimeFormatter.ofPattern("dd/MM/yyyy", language.locale());
    }

    public Language language() {
        return language;
    }

    /** The text for {@code key} with {@code {0}} placeholders filled in. */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException missing) {
            // A missing key is a bug, but showing the key beats crashing a secretary's screen.
            return "!" + key + "!";
        }
        if (args.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern, language.locale()).format(args);
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** The label of an enum constant, from the key {@code prefix.constant_name}. */
    public String label(String prefix, Enum<?> value) {
        return value == null ? "" : get(prefix + "." + value.name().toLowerCase(java.util.Locale.ROOT));
    }

    public String date(LocalDate date) {
        return date == null ? "" : dateFormat.format(date);
    }

    public String dateTime(LocalDateTime dateTime) {
        return dateTime == null ? "" : dateTimeFormat.format(dateTime);
    }

    /** The pattern date fields accept and show (dd/MM/yyyy in both languages). */
    public DateTimeFormatter inputDateFormat() {
        return inputDateFormat;
    }

    public String money(Money money) {
        return money == null ? "" : money.format(language.locale());
    }
}
