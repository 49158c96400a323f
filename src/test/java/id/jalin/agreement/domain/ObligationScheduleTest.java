package id.jalin.agreement.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ObligationScheduleTest {
    private static final LocalDate END = LocalDate.of(2027, 12, 31);

    private static Obligation yearly(LocalDate first, LocalDate... fulfilled) {
        List<Fulfilment> log = java.util.Arrays.stream(fulfilled)
                .map(d -> new Fulfilment(null, d, "", "Sekretaris", LocalDateTime.of(2026, 1, 1, 9, 0))).toList();
        return new Obligation(1L, 2, "Menyelenggarakan 2 kegiatan per tahun", "", Recurrence.YEARLY, first, log);
    }

    @Test
    void yearlyObligationFallsDueEachYearUntilTheEnd() {
        assertThat(yearly(LocalDate.of(2025, 6, 30)).dueDates(END))
                .containsExactly(LocalDate.of(2025, 6, 30), LocalDate.of(2026, 6, 30), LocalDate.of(2027, 6, 30));
    }

    @Test
    void quarterlyDueDatesDoNotDriftAtMonthEnds() {
        Obligation quarterly = new Obligation(null, 1, "Lapor kunjungan", "", Recurrence.QUARTERLY,
                LocalDate.of(2026, 1, 31), List.of());
        assertThat(quarterly.dueDates(LocalDate.of(2026, 12, 31)))
                .containsExactly(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 4, 30), LocalDate.of(2026, 7, 31),
                        LocalDate.of(2026, 10, 31));
    }

    @Test
    void dueDatesOnAMonthsLastDayStayAtThePeriodsEnd() {
        Obligation quarterly = new Obligation(null, 1, "Lapor kunjungan", "", Recurrence.QUARTERLY,
                LocalDate.of(2026, 6, 30), List.of());
        assertThat(quarterly.dueDates(LocalDate.of(2027, 6, 30))).containsExactly(LocalDate.of(2026, 6, 30),
                LocalDate.of(2026, 9, 30), LocalDate.of(2026, 12, 31), LocalDate.of(2027, 3, 31),
                LocalDate.of(2027, 6, 30));
        assertThat(yearly(LocalDate.of(2027, 2, 28)).dueDates(LocalDate.of(2028, 12, 31)))
                .containsExactly(LocalDate.of(2027, 2, 28), LocalDate.of(2028, 2, 29));
        assertThat(yearly(LocalDate.of(2026, 6, 15)).dueDates(LocalDate.of(2027, 12, 31)))
                .containsExactly(LocalDate.of(2026, 6, 15), LocalDate.of(2027, 6, 15));
    }

    @Test
    void passedDueDateWithoutFulfilmentIsOverdueFromTheNextDay() {
        Obligation obligation = yearly(LocalDate.of(2026, 6, 30));
        assertThat(ObligationSchedule.stateOn(obligation, END, LocalDate.of(2026, 6, 30)).isOverdue()).isFalse();
        ObligationState dayAfter = ObligationSchedule.stateOn(obligation, END, LocalDate.of(2026, 7, 1));
        assertThat(dayAfter.isOverdue()).isTrue();
        assertThat(dayAfter.nextDue()).isEqualTo(LocalDate.of(2026, 6, 30));
    }

    @Test
    void eachFulfilmentCoversTheEarliestOpenOccurrenceEvenWhenLate() {
        Obligation obligation = yearly(LocalDate.of(2025, 6, 30), LocalDate.of(2025, 8, 1));
        ObligationState state = ObligationSchedule.stateOn(obligation, END, LocalDate.of(2026, 3, 1));
        assertThat(state.standing()).isEqualTo(ObligationState.Standing.OPEN);
        assertThat(state.nextDue()).isEqualTo(LocalDate.of(2026, 6, 30));
    }

    @Test
    void dueWithinThirtyDaysIsDueSoon() {
        Obligation obligation = yearly(LocalDate.of(2026, 6, 30));
        assertThat(ObligationSchedule.stateOn(obligation, END, LocalDate.of(2026, 5, 31)).standing())
                .isEqualTo(ObligationState.Standing.DUE_SOON);
        assertThat(ObligationSchedule.stateOn(obligation, END, LocalDate.of(2026, 5, 30)).standing())
                .isEqualTo(ObligationState.Standing.OPEN);
    }

    @Test
    void allOccurrencesMetIsFulfilled() {
        Obligation once = new Obligation(1L, 1, "Kirim 10 terbitan", "", Recurrence.ONCE, LocalDate.of(2026, 3, 1),
                List.of(new Fulfilment(1L, LocalDate.of(2026, 2, 20), "10 judul", "Sekretaris", LocalDateTime.of(2026, 2, 20, 10, 0))));
        assertThat(ObligationSchedule.stateOn(once, END, LocalDate.of(2027, 1, 1)).standing())
                .isEqualTo(ObligationState.Standing.FULFILLED);
    }

    @Test
    void missedYearsAreCountedAsOverdue() {
        ObligationState state = ObligationSchedule.stateOn(yearly(LocalDate.of(2025, 6, 30)), END, LocalDate.of(2026, 7, 2));
        assertThat(state.overdueCount()).isEqualTo(2);
    }
}
