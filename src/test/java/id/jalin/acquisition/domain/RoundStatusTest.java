package id.jalin.acquisition.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** The moves a round may make, and the ones it may not. */
class RoundStatusTest {
    @Test
    void aRoundGoesFromOpenToCompletedStepByStep() {
        assertThat(RoundStatus.OPEN.next()).containsExactlyInAnyOrder(RoundStatus.CLOSED, RoundStatus.CANCELLED);
        assertThat(RoundStatus.CLOSED.next()).containsExactlyInAnyOrder(RoundStatus.OPEN, RoundStatus.ORDERED,
                RoundStatus.CANCELLED);
        assertThat(RoundStatus.ORDERED.next()).containsExactly(RoundStatus.RECEIVED);
        assertThat(RoundStatus.RECEIVED.next()).containsExactly(RoundStatus.COMPLETED);
    }

    @Test
    void nothingLeavesACompletedOrCancelledRoundAndNothingSkipsAStep() {
        assertThat(RoundStatus.COMPLETED.next()).isEmpty();
        assertThat(RoundStatus.CANCELLED.next()).isEmpty();
        assertThat(RoundStatus.OPEN.mayMoveTo(RoundStatus.ORDERED)).isFalse();
        assertThat(RoundStatus.ORDERED.mayMoveTo(RoundStatus.CANCELLED)).isFalse();
        assertThat(RoundStatus.ORDERED.mayMoveTo(RoundStatus.OPEN)).isFalse();
    }

    @Test
    void decisionsStayOpenUntilTheOrderGoesOutAndLaterRoundsCheckWhatWasOrdered() {
        EnumSet<RoundStatus> deciding = EnumSet.noneOf(RoundStatus.class);
        EnumSet<RoundStatus> ordered = EnumSet.noneOf(RoundStatus.class);
        for (RoundStatus status : RoundStatus.values()) {
            if (status.decisionsOpen()) {
                deciding.add(status);
            }
            if (status.ordered()) {
                ordered.add(status);
            }
        }
        assertThat(deciding).containsExactlyInAnyOrder(RoundStatus.OPEN, RoundStatus.CLOSED);
        assertThat(ordered).containsExactlyInAnyOrder(RoundStatus.ORDERED, RoundStatus.RECEIVED,
                RoundStatus.COMPLETED);
    }
}
