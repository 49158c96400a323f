package id.jalin.exchange.domain;

import java.time.LocalDate;

/** One year of a partnership: a calendar year ("2026") or an academic year ("2026/2027"), named by its first year. */
public record ExchangePeriod(PeriodKind kind, int startYear) implements Comparable<ExchangePeriod> {
    public LocalDate start() {
        return LocalDate.of(startYear, kind.firstMonth(), 1);
    }

    /** The last day, included. */
    public LocalDate end() {
        return start().plusYears(1).minusDays(1);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start()) && !day.isAfter(end());
    }

    public ExchangePeriod next() {
        return new ExchangePeriod(kind, startYear + 1);
    }

    public ExchangePeriod previous() {
        return new ExchangePeriod(kind, startYear - 1);
    }

    public String label() {
        return kind == PeriodKind.CALENDAR_YEAR ? String.valueOf(startYear) : startYear + "/" + (startYear + 1);
    }

    @Override
    public int compareTo(ExchangePeriod other) {
        return Integer.compare(startYear, other.startYear);
    }
}
