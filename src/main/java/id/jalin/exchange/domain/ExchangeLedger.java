package id.jalin.exchange.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Reads a partnership's entries year by year: each year's units per side, and its balance. A year opens with the
 * year before's closing balance only when the partnership carries imbalances over and that year has been closed;
 * so closing a year is what applies the carry-over.
 */
public final class ExchangeLedger {
    private ExchangeLedger() {
    }

    /** Every year from the partnership's first up to {@code upTo} (and any later year with entries), oldest first. */
    public static List<PeriodBalance> years(Partnership partnership, Collection<LedgerEntry> entries,
                                            Collection<ClosedPeriod> closed, ExchangePeriod upTo) {
        TreeMap<Integer, long[]> units = new TreeMap<>();
        for (LedgerEntry entry : entries) {
            ExchangePeriod period = partnership.periodKind().periodOf(entry.date());
            long[] sums = units.computeIfAbsent(period.startYear(), year -> new long[2]);
            sums[entry.direction() == Direction.FIRST_TO_SECOND ? 0 : 1] += entry.signedUnits();
        }
        return years(partnership, units, closed, upTo);
    }

    /** The same from units already added up per year (the overview's one query). */
    public static List<PeriodBalance> fromUnits(Partnership partnership, Collection<YearUnits> perYear,
                                                Collection<ClosedPeriod> closed, ExchangePeriod upTo) {
        TreeMap<Integer, long[]> units = new TreeMap<>();
        for (YearUnits year : perYear) {
            long[] sums = units.computeIfAbsent(year.startYear(), y -> new long[2]);
            sums[0] += year.firstUnits();
            sums[1] += year.secondUnits();
        }
        return years(partnership, units, closed, upTo);
    }

    private static List<PeriodBalance> years(Partnership partnership, TreeMap<Integer, long[]> units,
                                             Collection<ClosedPeriod> closed, ExchangePeriod upTo) {
        Set<Integer> closedYears = closed.stream().map(ClosedPeriod::startYear).collect(Collectors.toSet());
        int last = units.isEmpty() ? upTo.startYear() : Math.max(upTo.startYear(), units.lastKey());
        List<PeriodBalance> years = new ArrayList<>();
        Balance carried = Balance.EVEN;
        for (int year = partnership.firstYear(); year <= last; year++) {
            long[] sums = units.getOrDefault(year, new long[2]);
            Balance movement = Balance.of(partnership.ratio(), sums[0], sums[1]);
            Balance closing = carried.plus(movement);
            boolean isClosed = closedYears.contains(year);
            years.add(new PeriodBalance(new ExchangePeriod(partnership.periodKind(), year), carried, sums[0], sums[1],
                    closing, isClosed));
            carried = partnership.carryOver() && isClosed ? closing : Balance.EVEN;
        }
        return years;
    }

    /** The year that holds {@code period}, from {@link #years}. */
    public static PeriodBalance year(List<PeriodBalance> years, ExchangePeriod period) {
        return years.stream().filter(year -> year.period().equals(period)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No year " + period.label()));
    }
}
