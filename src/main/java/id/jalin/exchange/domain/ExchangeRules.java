package id.jalin.exchange.domain;

import id.jalin.kernel.validation.Validation;
import java.time.LocalDate;
import java.util.Collection;

/** What a partnership and a ledger entry must satisfy before anything is stored. */
public final class ExchangeRules {
    public static final int MAX_TEXT = 500;
    public static final int MAX_COUNT = 10_000;
    public static final int EARLIEST_YEAR = 1990;

    private ExchangeRules() {
    }

    /** @param activeMembers the ids of the members in the register that have not left */
    public static Validation partnership(Partnership partnership, Collection<Long> activeMembers, LocalDate today) {
        return Validation.builder()
                .errorIf(!activeMembers.contains(partnership.firstMemberId()), "first", "exchange.error.member")
                .errorIf(!activeMembers.contains(partnership.secondMemberId()), "second", "exchange.error.member")
                .errorIf(partnership.firstMemberId() == partnership.secondMemberId(), "second",
                        "exchange.error.same_member")
                .errorIf(!partnership.ratio().valid(), "ratio", "exchange.error.ratio", ExchangeRatio.MAX)
                .errorIf(partnership.unit() == null, "unit", "exchange.error.unit")
                .errorIf(partnership.periodKind() == null, "period", "exchange.error.period")
                .errorIf(partnership.firstYear() < EARLIEST_YEAR || partnership.firstYear() > today.getYear() + 1,
                        "firstYear", "exchange.error.first_year", EARLIEST_YEAR, today.getYear() + 1)
                .errorIf(partnership.notes().length() > 2000, "notes", "exchange.error.too_long", 2000)
                .build();
    }

    /**
     * @param closed the partnership's closed years
     */
    public static Validation entry(LedgerEntry entry, Partnership partnership, Collection<ClosedPeriod> closed,
                                   LocalDate today) {
        Validation.Builder errors = Validation.builder();
        errors.errorIf(entry.title().isEmpty(), "title", "exchange.error.title");
        errors.errorIf(entry.title().length() > MAX_TEXT, "title", "exchange.error.too_long", MAX_TEXT);
        errors.errorIf(entry.volumeIssue().length() > 200, "volumeIssue", "exchange.error.too_long", 200);
        errors.errorIf(entry.shipment().length() > 200, "shipment", "exchange.error.too_long", 200);
        errors.errorIf(entry.note().length() > MAX_TEXT, "note", "exchange.error.too_long", MAX_TEXT);
        errors.errorIf(entry.kind() == null, "kind", "exchange.error.kind");
        errors.errorIf(entry.direction() == null, "direction", "exchange.error.direction");
        errors.errorIf(entry.copies() < 1 || entry.copies() > MAX_COUNT, "copies", "exchange.error.copies",
                MAX_COUNT);
        errors.errorIf(entry.units() < 1 || entry.units() > MAX_COUNT, "units", "exchange.error.units", MAX_COUNT);
        if (entry.date() == null) {
            errors.error("date", "exchange.error.date");
            return errors.build();
        }
        ExchangePeriod period = partnership.periodKind().periodOf(entry.date());
        errors.errorIf(entry.date().isAfter(today), "date", "exchange.error.future");
        errors.errorIf(period.compareTo(partnership.firstPeriod()) < 0, "date", "exchange.error.before_first",
                partnership.firstPeriod().label());
        errors.errorIf(closed.stream().anyMatch(year -> year.startYear() == period.startYear()), "date",
                "exchange.error.closed", period.label());
        return errors.build();
    }

    /** A year may be closed once every year before it is, and only once. */
    public static Validation closing(Partnership partnership, ExchangePeriod period, Collection<ClosedPeriod> closed) {
        boolean already = closed.stream().anyMatch(year -> year.startYear() == period.startYear());
        boolean earlierOpen = false;
        for (int year = partnership.firstYear(); year < period.startYear(); year++) {
            int wanted = year;
            earlierOpen |= closed.stream().noneMatch(done -> done.startYear() == wanted);
        }
        return Validation.builder()
                .errorIf(period.compareTo(partnership.firstPeriod()) < 0, "period", "exchange.error.before_first",
                        partnership.firstPeriod().label())
                .errorIf(already, "period", "exchange.error.closed", period.label())
                .errorIf(earlierOpen, "period", "exchange.error.earlier_open")
                .build();
    }
}
