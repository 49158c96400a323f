package id.jalin.agreement.domain;

import id.jalin.kernel.i18n.Labels;

import java.time.LocalDate;

/** How often an obligation falls due: once, every quarter or every year from its first due date. */
@Labels("agreement.recurrence")
public enum Recurrence {
    ONCE(0), QUARTERLY(3), YEARLY(12);

    private final int months;

    Recurrence(int months) {
        this.months = months;
    }

    /**
     * The {@code index}-th due date (0 is the first). Counted from the first date so month ends do not drift, and a
     * first date on a month's last day is a period end ("by the end of each quarter"): every occurrence then falls
     * on its month's last day, so 30 June is followed by 30 September and 31 December, not 30 December.
     */
    public LocalDate occurrence(LocalDate first, int index) {
        LocalDate due = first.plusMonths((long) months * index);
        boolean periodEnd = first.getDayOfMonth() == first.lengthOfMonth();
        return periodEnd ? due.withDayOfMonth(due.lengthOfMonth()) : due;
    }

    public boolean repeats() {
        return months > 0;
    }
}
