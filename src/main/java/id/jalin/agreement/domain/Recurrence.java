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

    /** The {@code index}-th due date (0 is the first). Counted from the first date so month ends do not drift. */
    public LocalDate occurrence(LocalDate first, int index) {
        return first.plusMonths((long) months * index);
    }

    public boolean repeats() {
        return months > 0;
    }
}
