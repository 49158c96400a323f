package id.jalin.exchange.print;

import id.jalin.kernel.i18n.Language;
import id.jalin.kernel.i18n.Messages;
import java.time.LocalDate;

/**
 * The words of the exchange statement in Indonesian and English together: the two members sign the same paper, and
 * either side's staff may read only one of the languages.
 */
final class Bilingual {
    final Messages indonesian = new Messages(Language.INDONESIAN);
    final Messages english = new Messages(Language.ENGLISH);

    /** "Indonesian / English" on one line, once when they read the same. */
    String slash(String key, Object... args) {
        String id = indonesian.get(key, args);
        String en = english.get(key, args);
        return id.equals(en) ? id : id + " / " + en;
    }

    /** Indonesian on one line, English on the next. */
    String stacked(String key, Object... args) {
        return indonesian.get(key, args) + "\n" + english.get(key, args);
    }

    String label(String prefix, Enum<?> value) {
        String id = indonesian.label(prefix, value);
        String en = english.label(prefix, value);
        return id.equals(en) ? id : id + " / " + en;
    }

    /** A date in both languages' way, once when they read the same. */
    String date(LocalDate date) {
        String id = indonesian.date(date);
        String en = english.date(date);
        return id.equals(en) ? id : id + " / " + en;
    }

    /** dd/MM/yyyy, the same in both. */
    String shortDate(LocalDate date) {
        return indonesian.inputDateFormat().format(date);
    }
}
