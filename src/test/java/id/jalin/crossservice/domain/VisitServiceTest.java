package id.jalin.crossservice.domain;

import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.kernel.access.TestPermissions;
import id.jalin.kernel.money.Money;
import id.jalin.kernel.validation.SaveResult;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class VisitServiceTest {
    private static final long UNPAD = 1;
    private static final long ITB = 2;
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 16);

    private final InMemoryCrossServiceRepository repository = new InMemoryCrossServiceRepository();
    private final VisitService visits = new VisitService(repository, repository::libraryStatus, TestClock.on(TODAY), TestPermissions.AS_COORDINATOR);
    private final CardHolder holder = repository.saveHolder(Holders.student(UNPAD, "180110220001", "Siti Nurhaliza"));

    @Test
    void visitingOnesOwnLibraryIsNotAnAnnouncement() {
        SaveResult<VisitAnnouncement> outcome =
                visits.announce(VisitAnnouncement.of(holder.id(), UNPAD, TODAY, TODAY, ""));
        assertThat(outcome).isInstanceOfSatisfying(SaveResult.Invalid.class,
                invalid -> assertThat(invalid.validation().errorFor("hostLibraryId")).isPresent());
    }

    @Test
    void rangeMustNotEndBeforeItStarts() {
        SaveResult<VisitAnnouncement> outcome =
                visits.announce(VisitAnnouncement.of(holder.id(), ITB, TODAY, TODAY.minusDays(1), ""));
        assertThat(outcome).isInstanceOfSatisfying(SaveResult.Invalid.class,
                invalid -> assertThat(invalid.validation().errorFor("to")).isPresent());
    }

    @Test
    void announcementsNobodyCameForArePastNoShows() {
        Card card = repository.saveCard(Card.issue(holder.id(), CardNumber.generate(2025, UNPAD, 1),
                LocalDate.of(2025, 9, 1), LocalDate.of(2026, 8, 31), Money.ZERO, ""));
        VisitAnnouncement kept = announce(TODAY.minusDays(10), TODAY.minusDays(8));
        VisitAnnouncement missed = announce(TODAY.minusDays(5), TODAY.minusDays(4));
        announce(TODAY.minusDays(1), TODAY.plusDays(1)); // still running: not a no-show yet
        // came on the second day of the first visit; a refused scan during the second does not count
        visits.recordArrival(card.number().digits(), ITB, TODAY.minusDays(9).atTime(10, 0));
        visits.setHostRule(visits.hostRule(ITB), UnannouncedPolicy.REFUSE);
        visits.recordArrival(card.number().digits(), ITB, TODAY.minusDays(3).atTime(10, 0));

        assertThat(visits.noShows(TODAY.minusDays(30), TODAY)).containsExactly(missed);
        assertThat(kept.createdAt()).isEqualTo(TODAY.atTime(9, 0));
    }

    private VisitAnnouncement announce(LocalDate from, LocalDate to) {
        SaveResult<VisitAnnouncement> outcome =
                visits.announce(VisitAnnouncement.of(holder.id(), ITB, from, to, "Penelitian"));
        return ((SaveResult.Saved<VisitAnnouncement>) outcome).value();
    }
}
