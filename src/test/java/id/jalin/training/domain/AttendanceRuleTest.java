package id.jalin.training.domain;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Who earns a certificate: all sessions by default, or a percentage of them. */
class AttendanceRuleTest {
    @Test
    void theUsualRuleAsksForEverySession() {
        assertThat(AttendanceRule.met(3, 3, 100)).isTrue();
        assertThat(AttendanceRule.met(2, 3, 100)).isFalse();
        assertThat(AttendanceRule.sessionsNeeded(3, 100)).isEqualTo(3);
    }

    @Test
    void aPercentageIsWorkedInWholeNumbers() {
        assertThat(AttendanceRule.met(2, 3, 66)).isTrue();
        assertThat(AttendanceRule.met(2, 3, 67)).isFalse();
        assertThat(AttendanceRule.met(3, 4, 75)).isTrue();
        assertThat(AttendanceRule.sessionsNeeded(4, 75)).isEqualTo(3);
        assertThat(AttendanceRule.sessionsNeeded(3, 67)).isEqualTo(3);
    }

    @Test
    void anEventWithoutSessionsOrNobodyPresentQualifiesNobody() {
        assertThat(AttendanceRule.met(0, 0, 1)).isFalse();
        assertThat(AttendanceRule.met(0, 4, 1)).isFalse();
        assertThat(AttendanceRule.met(1, 4, 1)).isTrue();
    }

    @Property
    void theSessionsNeededAreExactlyTheFewestThatMeetTheRule(@ForAll @IntRange(min = 1, max = 60) int sessions,
                                                             @ForAll @IntRange(min = 1, max = 100) int percent) {
        int needed = AttendanceRule.sessionsNeeded(sessions, percent);
        assertThat(AttendanceRule.met(needed, sessions, percent)).isTrue();
        assertThat(needed == 1 || !AttendanceRule.met(needed - 1, sessions, percent)).isTrue();
    }
}
