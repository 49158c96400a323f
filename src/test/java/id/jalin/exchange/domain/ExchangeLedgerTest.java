package id.jalin.exchange.domain;

import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.kernel.validation.FieldError;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.apache.commons.lang3.math.Fraction;
import org.junit.jupiter.api.Test;

/**
 * Exchange balances at agreed ratios: worked examples a coordinator can check by hand, reversing entries, years
 * closed with and without carry-over, the rules on bad entries, and properties over random ledgers (jqwik): the
 * order of the entries changes nothing, and with carry-over the last closed year ends where the whole ledger does.
 */
class ExchangeLedgerTest {
    private static final long ITB = 1;
    private static final long UNPAD = 2;
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    private static Partnership partnership(int first, int second, boolean carryOver) {
        return new Partnership(10L, ITB, UNPAD, new ExchangeRatio(first, second), ExchangeUnit.TITLE,
                PeriodKind.CALENDAR_YEAR, carryOver, 2025, null, "", 1);
    }

    private static LedgerEntry sent(LocalDate on, Direction direction, int units) {
        return new LedgerEntry(null, 10, on, direction, "Jurnal Pustaka", PublicationKind.JOURNAL, "Vol. 3 No. 1",
                units, units, "", "", null);
    }

    private static List<LedgerEntry> shipments(LocalDate on, int first, int second) {
        List<LedgerEntry> entries = new ArrayList<>();
        for (int i = 0; i < first; i++) {
            entries.add(sent(on, Direction.FIRST_TO_SECOND, 1));
        }
        for (int i = 0; i < second; i++) {
            entries.add(sent(on, Direction.SECOND_TO_FIRST, 1));
        }
        return entries;
    }

    private static PeriodBalance year2026(Partnership partnership, List<LedgerEntry> entries,
                                          List<ClosedPeriod> closed) {
        return ExchangeLedger.year(ExchangeLedger.years(partnership, entries, closed,
                new ExchangePeriod(PeriodKind.CALENDAR_YEAR, 2026)), new ExchangePeriod(PeriodKind.CALENDAR_YEAR, 2026));
    }

    @Test
    void oneForOneFiveSentAndFourReceivedLeavesThePartnerOwingOne() {
        Partnership oneForOne = partnership(1, 1, false);
        PeriodBalance year = year2026(oneForOne, shipments(LocalDate.of(2026, 3, 2), 5, 4), List.of());

        assertThat(year.firstUnits()).isEqualTo(5);
        assertThat(year.secondUnits()).isEqualTo(4);
        Owing owing = year.closing().owing(oneForOne).orElseThrow();
        assertThat(owing.debtorId()).isEqualTo(UNPAD);
        assertThat(owing.creditorId()).isEqualTo(ITB);
        assertThat(owing.amount()).isEqualTo("1");
        assertThat(owing.one()).isTrue();
    }

    @Test
    void threeForOneSevenSentAndTwoReceivedLeavesAThirdOfTheirsOwed() {
        // 7 of ours are worth 7/3 of theirs; they sent 2: they owe a third of one of theirs
        Partnership threeForOne = partnership(3, 1, false);
        Balance closing = year2026(threeForOne, shipments(LocalDate.of(2026, 5, 1), 7, 2), List.of()).closing();

        assertThat(closing.owedToFirst()).isEqualTo(Fraction.getFraction(1, 3));
        assertThat(closing.owing(threeForOne).orElseThrow().amount()).isEqualTo("1/3");
    }

    @Test
    void whenTheFirstIsBehindItOwesInItsOwnUnits() {
        // 5 of ours are worth 5/3 of theirs; they sent 2: we owe a third of theirs, which is one of ours
        Partnership threeForOne = partnership(3, 1, false);
        Owing owing = year2026(threeForOne, shipments(LocalDate.of(2026, 5, 1), 5, 2), List.of()).closing()
                .owing(threeForOne).orElseThrow();

        assertThat(owing.debtorId()).isEqualTo(ITB);
        assertThat(owing.amount()).isEqualTo("1");
        assertThat(UnitCount.text(Fraction.getFraction(7, 3))).isEqualTo("2 1/3");
        assertThat(UnitCount.text(Fraction.getFraction(-7, 3))).isEqualTo("-2 1/3");
    }

    @Test
    void evenExchangesOweNothing() {
        Partnership threeForOne = partnership(3, 1, false);
        Balance closing = year2026(threeForOne, shipments(LocalDate.of(2026, 5, 1), 6, 2), List.of()).closing();

        assertThat(closing.even()).isTrue();
        assertThat(closing.owing(threeForOne)).isEmpty();
    }

    @Test
    void aReversingEntryTakesItsShipmentBackAndTheHistoryStays() {
        Partnership oneForOne = partnership(1, 1, false);
        List<LedgerEntry> entries = new ArrayList<>(shipments(LocalDate.of(2026, 2, 1), 3, 3));
        LedgerEntry mistaken = sent(LocalDate.of(2026, 2, 3), Direction.FIRST_TO_SECOND, 4).stored(99);
        entries.add(mistaken);
        entries.add(mistaken.reversedOn(LocalDate.of(2026, 2, 4), "dicatat dua kali"));

        PeriodBalance year = year2026(oneForOne, entries, List.of());

        assertThat(entries).hasSize(8);
        assertThat(year.firstUnits()).isEqualTo(3);
        assertThat(year.closing().even()).isTrue();
        assertThat(entries.get(7).reversesId()).isEqualTo(99);
    }

    @Test
    void aClosedYearCarriesItsBalanceIntoTheNextOnlyWhenThePartnershipSaysSo() {
        List<LedgerEntry> entries = new ArrayList<>(shipments(LocalDate.of(2025, 6, 1), 4, 1));
        entries.addAll(shipments(LocalDate.of(2026, 6, 1), 1, 1));
        ClosedPeriod closed2025 = new ClosedPeriod(10, 2025, Balance.of(ExchangeRatio.ONE_FOR_ONE, 4, 1), null, "");

        assertThat(year2026(partnership(1, 1, true), entries, List.of(closed2025)).closing().owedToFirst())
                .isEqualTo(Fraction.getFraction(3, 1));
        assertThat(year2026(partnership(1, 1, false), entries, List.of(closed2025)).closing().even()).isTrue();
        // not yet closed: nothing carried, and the coordinator sees the year before still open
        PeriodBalance open = year2026(partnership(1, 1, true), entries, List.of());
        assertThat(open.opening().even()).isTrue();
    }

    @Test
    void academicYearsRunFromAugustToJuly() {
        assertThat(PeriodKind.ACADEMIC_YEAR.periodOf(LocalDate.of(2026, 7, 31)).label()).isEqualTo("2025/2026");
        assertThat(PeriodKind.ACADEMIC_YEAR.periodOf(LocalDate.of(2026, 8, 1)).label()).isEqualTo("2026/2027");
        assertThat(PeriodKind.ACADEMIC_YEAR.periodOf(LocalDate.of(2026, 8, 1)).end()).isEqualTo(LocalDate.of(2027, 7, 31));
        assertThat(PeriodKind.CALENDAR_YEAR.periodOf(LocalDate.of(2026, 12, 31)).label()).isEqualTo("2026");
    }

    @Test
    void badEntriesAreRefusedWithTheirReasons() {
        Partnership oneForOne = partnership(1, 1, false);
        ClosedPeriod closed2025 = new ClosedPeriod(10, 2025, Balance.EVEN, null, "");
        LedgerEntry zero = new LedgerEntry(null, 10, LocalDate.of(2026, 1, 5), Direction.FIRST_TO_SECOND, "",
                PublicationKind.JOURNAL, "", 0, 0, "", "", null);
        LedgerEntry beforeFirst = sent(LocalDate.of(2024, 12, 31), Direction.FIRST_TO_SECOND, 1);
        LedgerEntry inClosedYear = sent(LocalDate.of(2025, 12, 31), Direction.FIRST_TO_SECOND, 1);

        assertThat(ExchangeRules.entry(zero, oneForOne, List.of(), TODAY).errors()).extracting(FieldError::field)
                .containsExactlyInAnyOrder("title", "copies", "units");
        assertThat(ExchangeRules.entry(beforeFirst, oneForOne, List.of(), TODAY).errors())
                .extracting(FieldError::messageKey).containsExactly("exchange.error.before_first");
        assertThat(ExchangeRules.entry(inClosedYear, oneForOne, List.of(closed2025), TODAY).errors())
                .extracting(FieldError::messageKey).containsExactly("exchange.error.closed");
        assertThat(ExchangeRules.partnership(new Partnership(null, ITB, ITB, new ExchangeRatio(0, 1),
                ExchangeUnit.TITLE, PeriodKind.CALENDAR_YEAR, true, 2026, null, "", 0), List.of(ITB), TODAY).errors())
                .extracting(FieldError::field).containsExactlyInAnyOrder("second", "ratio");
        assertThat(ExchangeRules.closing(oneForOne, new ExchangePeriod(PeriodKind.CALENDAR_YEAR, 2026), List.of())
                .errors()).extracting(FieldError::messageKey).containsExactly("exchange.error.earlier_open");
    }

    @Property(tries = 300)
    void theOrderOfTheEntriesChangesNothing(@ForAll("ledgers") List<LedgerEntry> entries,
                                            @ForAll @IntRange(min = 1, max = 9) int first,
                                            @ForAll @IntRange(min = 1, max = 9) int second, @ForAll long seed) {
        Partnership partnership = partnership(first, second, true);
        List<LedgerEntry> shuffled = new ArrayList<>(entries);
        Collections.shuffle(shuffled, new Random(seed));
        ExchangePeriod upTo = new ExchangePeriod(PeriodKind.CALENDAR_YEAR, 2027);

        assertThat(ExchangeLedger.years(partnership, shuffled, List.of(), upTo))
                .isEqualTo(ExchangeLedger.years(partnership, entries, List.of(), upTo));
    }

    @Property(tries = 300)
    void withCarryOverTheLastYearEndsWhereTheWholeLedgerDoes(@ForAll("ledgers") List<LedgerEntry> entries,
                                                            @ForAll @IntRange(min = 1, max = 9) int first,
                                                            @ForAll @IntRange(min = 1, max = 9) int second) {
        Partnership partnership = partnership(first, second, true);
        List<ClosedPeriod> closed = List.of(new ClosedPeriod(10, 2025, Balance.EVEN, null, ""),
                new ClosedPeriod(10, 2026, Balance.EVEN, null, ""));
        List<PeriodBalance> years = ExchangeLedger.years(partnership, entries, closed,
                new ExchangePeriod(PeriodKind.CALENDAR_YEAR, 2027));
        long firstUnits = entries.stream().filter(e -> e.direction() == Direction.FIRST_TO_SECOND)
                .mapToLong(LedgerEntry::signedUnits).sum();
        long secondUnits = entries.stream().filter(e -> e.direction() == Direction.SECOND_TO_FIRST)
                .mapToLong(LedgerEntry::signedUnits).sum();

        assertThat(years.get(years.size() - 1).closing())
                .isEqualTo(Balance.of(partnership.ratio(), firstUnits, secondUnits));
        for (int i = 1; i < years.size(); i++) {
            assertThat(years.get(i).opening()).isEqualTo(years.get(i - 1).closing());
        }
    }

    @Provide
    Arbitrary<List<LedgerEntry>> ledgers() {
        Arbitrary<LocalDate> days = Arbitraries.integers().between(0, 3 * 365 - 1)
                .map(day -> LocalDate.of(2025, 1, 1).plusDays(day));
        Arbitrary<Direction> directions = Arbitraries.of(Direction.class);
        Arbitrary<Integer> units = Arbitraries.integers().between(1, 12);
        return Combinators.combine(days, directions, units).as((day, direction, count) -> sent(day, direction, count))
                .list().ofMaxSize(40);
    }
}
