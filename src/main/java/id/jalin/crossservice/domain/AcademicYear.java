package id.jalin.crossservice.domain;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * Indonesian campuses run their academic year from September to August, so a card issued at any time is by
 * default valid until the coming 31 August. A forum with another calendar passes its own last day.
 */
public final class AcademicYear {
    public static final MonthDay DEFAULT_END = MonthDay.of(8, 31);

    private AcademicYear() {
    }

    /** The last day of the academic year {@code date} falls in, the year ending on 31 August. */
    public static LocalDate endOf(LocalDate date) {
        return endOf(date, DEFAULT_END);
    }

    /** The first {@code end} on or after {@code date}. */
    public static LocalDate endOf(LocalDate date, MonthDay end) {
        LocalDate thisYear = end.atYear(date.getYear());
        return thisYear.isBefore(date) ? end.atYear(date.getYear() + 1) : thisYear;
    }
}
