package id.jalin.exchange.domain;

import id.jalin.kernel.i18n.Labels;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A partnership's year the start screen points to: it ends soon and will want closing, or it has ended and was never
 * closed (its entries stay open to late changes and, where the partnership carries over, the next year starts from
 * nothing instead of what was owed).
 */
public record ExchangeReminder(Kind kind, Partnership partnership, ExchangePeriod year, LocalDate date) {
    /** How far ahead a year's end is shown, as the agreements' obligations due. */
    public static final int WITHIN_DAYS = 30;

    @Labels("exchange.reminder.kind")
    public enum Kind { YEAR_ENDS, YEAR_NOT_CLOSED }

    public boolean late() {
        return kind == Kind.YEAR_NOT_CLOSED;
    }

    /**
     * The reminders of one partnership on {@code today}: its earliest ended year not closed (years are closed in
     * order, so one line says where to start), and its current year when that ends within the window.
     */
    public static List<ExchangeReminder> of(Partnership partnership, List<ClosedPeriod> closed,
                                            ExchangePeriod current, LocalDate today) {
        Set<Integer> closedYears = closed.stream().map(ClosedPeriod::startYear).collect(Collectors.toSet());
        List<ExchangeReminder> reminders = new ArrayList<>();
        for (ExchangePeriod year = partnership.firstPeriod(); year.compareTo(current) < 0; year = year.next()) {
            if (!closedYears.contains(year.startYear())) {
                reminders.add(new ExchangeReminder(Kind.YEAR_NOT_CLOSED, partnership, year, year.end()));
                break;
            }
        }
        LocalDate end = current.end();
        if (!closedYears.contains(current.startYear()) && !end.isBefore(today)
                && !end.isAfter(today.plusDays(WITHIN_DAYS))) {
            reminders.add(new ExchangeReminder(Kind.YEAR_ENDS, partnership, current, end));
        }
        return reminders;
    }
}
