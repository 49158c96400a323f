package id.jalin.loan.print;

import id.jalin.kernel.i18n.Language;
import id.jalin.kernel.i18n.Messages;
import java.time.LocalDate;

/**
 * The words of a loan paper in Indonesian and English together: a slip or a notice travels between two libraries,
 * and either side's staff may read only one of the languages.
 */
final class Bilingual {
    final Messages indonesian = new Messages(Language.INDONESIAN);
    final Messages english = new Messages(Language.ENGLISH);

    /** "Indonesian / English" on one line. */
    String slash(String key, Object... args) {
        return indonesian.get(key, args) + " / " + english.get(key, args);
    }

    /** Indonesian on one line, English on the next. */
    String stacked(String key, Object... args) {
        return indonesian.get(key, args) + "\n" + english.get(key, args);
    }

    /** A date in both languages' way, once when they read the same. */
    String date(LocalDate date) {
        String id = indonesian.date(date);
        String en = english.date(date);
        return id.equals(en) ? id : id + " / " + en;
    }

    /** "Halaman x dari y / Page x of y". */
    String page(int page, int total) {
        return slash("loan.print.page", page, total);
    }
}
