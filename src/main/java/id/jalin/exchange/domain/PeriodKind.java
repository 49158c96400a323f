package id.jalin.exchange.domain;

import id.jalin.kernel.i18n.Labels;
import java.time.LocalDate;
import java.time.Month;

/** How a partnership's years run: calendar years, or academic years from August to July ("2026/2027"). */
@Labels("exchange.period")
public enum PeriodKind {
    CALENDAR_YEAR(Month.JANUARY), ACADEMIC_YEAR(Month.AUGUST);

    private final Month firstMonth;

    PeriodKind(Month firstMonth) {
        this.firstMonth = firstMonth;
    }

    /** The period the day falls in. */
    public ExchangePeriod periodOf(LocalDate day) {
        int startYear = day.getMonthValue() >= firstMonth.getValue() ? day.getYear() : day.getYear() - 1;
        return new ExchangePeriod(this, startYear);
    }

    Month firstMonth() {
        return firstMonth;
    }
}
