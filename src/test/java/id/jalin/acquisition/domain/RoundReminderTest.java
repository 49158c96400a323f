package id.jalin.acquisition.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which purchase rounds the start screen points to: open ones whose proposals close soon or should have closed. */
class RoundReminderTest {
    private static final LocalDate TODAY = Proposals.TODAY;

    private static PurchaseRound open(LocalDate deadline) {
        return Proposals.round(1, 1L, 2L).withDeadline(deadline);
    }

    @Test
    void anOpenRoundWhoseDeadlineIsNearIsReminded() {
        PurchaseRound round = open(TODAY.plusDays(30));

        assertThat(RoundReminder.of(List.of(round), TODAY)).containsExactly(
                new RoundReminder(RoundReminder.Kind.PROPOSALS_CLOSE, round, TODAY.plusDays(30)));
        assertThat(RoundReminder.of(List.of(open(TODAY.plusDays(31))), TODAY)).isEmpty();
    }

    @Test
    void aDeadlineTodayStillClosesAndAPassedOneIsLate() {
        PurchaseRound today = open(TODAY);
        PurchaseRound passed = open(TODAY.minusDays(1));

        List<RoundReminder> reminders = RoundReminder.of(List.of(today, passed), TODAY);

        assertThat(reminders).extracting(RoundReminder::kind).containsExactly(RoundReminder.Kind.DEADLINE_PASSED,
                RoundReminder.Kind.PROPOSALS_CLOSE);
        assertThat(reminders).extracting(RoundReminder::late).containsExactly(true, false);
    }

    @Test
    void aRoundNoLongerOpenIsNotReminded() {
        for (RoundStatus status : List.of(RoundStatus.CLOSED, RoundStatus.ORDERED, RoundStatus.CANCELLED)) {
            assertThat(RoundReminder.of(List.of(open(TODAY.minusDays(3)).withStatus(status)), TODAY)).as(status.name())
                    .isEmpty();
        }
    }
}
