package id.jalin.exchange.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which exchange years the start screen points to: the earliest ended year never closed, and a year ending soon. */
class ExchangeReminderTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    private static Partnership since(int firstYear, PeriodKind kind) {
        return new Partnership(10L, 1, 2, new ExchangeRatio(1, 1), ExchangeUnit.TITLE, kind, true, firstYear, null,
                "", 1);
    }

    private static ClosedPeriod closed(int startYear) {
        return new ClosedPeriod(10L, startYear, Balance.EVEN, LocalDateTime.of(startYear + 1, 1, 5, 9, 0), "Rina");
    }

    private static ExchangePeriod year(PeriodKind kind, int start) {
        return new ExchangePeriod(kind, start);
    }

    @Test
    void theEarliestEndedYearNotClosedIsLateAndOnlyItIsNamed() {
        Partnership partnership = since(2023, PeriodKind.CALENDAR_YEAR);

        List<ExchangeReminder> reminders = ExchangeReminder.of(partnership, List.of(closed(2023)),
                year(PeriodKind.CALENDAR_YEAR, 2026), TODAY);

        assertThat(reminders).containsExactly(
                new ExchangeReminder(ExchangeReminder.Kind.YEAR_NOT_CLOSED, partnership,
                        year(PeriodKind.CALENDAR_YEAR, 2024), LocalDate.of(2024, 12, 31)),
                new ExchangeReminder(ExchangeReminder.Kind.YEAR_ENDS, partnership,
                        year(PeriodKind.CALENDAR_YEAR, 2026), LocalDate.of(2026, 12, 31)));
        assertThat(reminders.get(0).late()).isTrue();
        assertThat(reminders.get(1).late()).isFalse();
    }

    @Test
    void everyEndedYearClosedAndTheCurrentOneFarFromItsEndGiveNothing() {
        Partnership academic = since(2024, PeriodKind.ACADEMIC_YEAR);

        // the academic year 2026/2027 ends on 31 July 2027
        assertThat(ExchangeReminder.of(academic, List.of(closed(2024), closed(2025)),
                year(PeriodKind.ACADEMIC_YEAR, 2026), TODAY)).isEmpty();
    }

    @Test
    void aPartnershipInItsFirstYearHasNoEndedYear() {
        Partnership fresh = since(2026, PeriodKind.CALENDAR_YEAR);

        assertThat(ExchangeReminder.of(fresh, List.of(), year(PeriodKind.CALENDAR_YEAR, 2026),
                TODAY.minusDays(10))).isEmpty();
        assertThat(ExchangeReminder.of(fresh, List.of(), year(PeriodKind.CALENDAR_YEAR, 2026), TODAY))
                .extracting(ExchangeReminder::kind).containsExactly(ExchangeReminder.Kind.YEAR_ENDS);
    }
}
