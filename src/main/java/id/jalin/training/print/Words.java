package id.jalin.training.print;

import id.jalin.kernel.i18n.Language;
import id.jalin.kernel.i18n.Messages;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/** The printed words of the training papers in one language, with that language's dates, times and hours. */
final class Words {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH.mm");

    private final Messages messages;
    private final DateTimeFormatter day;
    private final DateTimeFormatter dayMonth;
    private final DateTimeFormatter full;

    Words(Language language) {
        this.messages = new Messages(language);
        this.day = DateTimeFormatter.ofPattern("d", language.locale());
        this.dayMonth = DateTimeFormatter.ofPattern("d MMMM", language.locale());
        this.full = DateTimeFormatter.ofPattern("d MMMM yyyy", language.locale());
    }

    static Words indonesian() {
        return new Words(Language.INDONESIAN);
    }

    static Words english() {
        return new Words(Language.ENGLISH);
    }

    String get(String key, Object... args) {
        return messages.get(key, args);
    }

    String role(TrainingRole role) {
        return messages.label("training.print.role", role);
    }

    String date(LocalDate date) {
        return full.format(date);
    }

    /** "Senin, 9 Maret 2026": a session's day is found on a wall calendar by its weekday too. */
    String dayAndDate(LocalDate date) {
        return messages.get("training.print.dayAndDate", date.getDayOfWeek().getDisplayName(
                java.time.format.TextStyle.FULL, messages.language().locale()), full.format(date));
    }

    /**
     * The days of an event as people write them: "12 Maret 2026", "12\u201314 Maret 2026",
     * "28 Februari \u2013 2 Maret 2026", or both dates in full across a new year.
     */
    String days(LocalDate first, LocalDate last) {
        if (first.equals(last)) {
            return full.format(first);
        }
        if (first.getYear() != last.getYear()) {
            return full.format(first) + " \u2013 " + full.format(last);
        }
        if (first.getMonth() != last.getMonth()) {
            return dayMonth.format(first) + " \u2013 " + full.format(last);
        }
        return day.format(first) + "\u2013" + full.format(last);
    }

    /** "08.30\u201312.00", the way Indonesian notices write times; English readers take it without trouble. */
    String times(LocalTime start, LocalTime end) {
        return TIME.format(start) + "\u2013" + TIME.format(end);
    }

    /** "24 jam" / "24 hours", "7,5 jam" / "7.5 hours": whole hours, or to a quarter of an hour. */
    String hours(Duration duration) {
        double hours = Math.round(duration.toMinutes() / 15.0) / 4.0;
        java.text.NumberFormat number = java.text.NumberFormat.getNumberInstance(messages.language().locale());
        number.setMaximumFractionDigits(2);
        return messages.get("training.print.hours", hours, number.format(hours));
    }
}
