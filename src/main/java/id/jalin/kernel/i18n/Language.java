package id.jalin.kernel.i18n;

import java.util.Locale;

/** The languages Jalin speaks. Indonesian is the default: the forum reads Indonesian first. */
@Labels("app.language")
public enum Language {
    INDONESIAN(Locale.forLanguageTag("id-ID")),
    ENGLISH(Locale.forLanguageTag("en-GB"));

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    public static Language fromTag(String tag) {
        for (Language language : values()) {
            if (language.locale.toLanguageTag().equals(tag) || language.name().equalsIgnoreCase(tag)) {
                return language;
            }
        }
        return INDONESIAN;
    }
}
