package id.jalin.redistribution.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which surplus book offers the start screen points to, and for whose desk. */
class RedistributionReminderTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private static final long GIVER = 7;

    private static SurplusOffer open(LocalDate closing) {
        return SurplusOffer.of(GIVER, "Kamus besar bahasa Indonesia", "Pusat Bahasa", "", 2008, 2,
                ItemCondition.GOOD, SurplusReason.DUPLICATE, AllocationRule.FIRST_COME, closing, "");
    }

    @Test
    void anOfferClosingWithinTwoWeeksIsShownToEveryDesk() {
        SurplusOffer lastDay = open(TODAY.plusDays(14));

        assertThat(RedistributionReminder.of(List.of(lastDay), TODAY, Optional.of(99L))).containsExactly(
                new RedistributionReminder(RedistributionReminder.Kind.CLOSES_SOON, lastDay, TODAY.plusDays(14)));
        assertThat(RedistributionReminder.of(List.of(open(TODAY.plusDays(15))), TODAY, Optional.empty())).isEmpty();
        assertThat(RedistributionReminder.of(List.of(open(null)), TODAY, Optional.empty())).isEmpty();
    }

    @Test
    void sharingOutAfterTheClosingDayIsTheGiversOrTheForumStaffsAndLate() {
        SurplusOffer closed = open(TODAY.minusDays(1));

        List<RedistributionReminder> giver = RedistributionReminder.of(List.of(closed), TODAY, Optional.of(GIVER));
        assertThat(giver).extracting(RedistributionReminder::kind)
                .containsExactly(RedistributionReminder.Kind.ALLOCATION_DUE);
        assertThat(giver.get(0).late()).isTrue();
        assertThat(RedistributionReminder.of(List.of(closed), TODAY, Optional.empty())).hasSize(1);
        assertThat(RedistributionReminder.of(List.of(closed), TODAY, Optional.of(99L))).isEmpty();
    }

    @Test
    void anOfferNoLongerOpenIsNotReminded() {
        SurplusOffer withdrawn = new SurplusOffer(1L, GIVER, "Kamus", "", "", null, 1, ItemCondition.GOOD,
                SurplusReason.DUPLICATE, AllocationRule.FIRST_COME, TODAY.minusDays(1), OfferStatus.WITHDRAWN, "",
                null, "", 1);

        assertThat(RedistributionReminder.of(List.of(withdrawn), TODAY, Optional.empty())).isEmpty();
    }
}
