package id.jalin.crossservice.data;

import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.crossservice.domain.Card;
import id.jalin.crossservice.domain.CardHolderService;
import id.jalin.crossservice.domain.CardService;
import id.jalin.crossservice.domain.CardStatus;
import id.jalin.crossservice.domain.DemoCrossService;
import id.jalin.crossservice.domain.TestClock;
import id.jalin.crossservice.domain.Verdict;
import id.jalin.crossservice.domain.VisitService;
import id.jalin.kernel.access.TestPermissions;
import id.jalin.kernel.db.Database;
import id.jalin.kernel.db.TestDatabases;
import id.jalin.kernel.task.Progress;
import id.jalin.member.data.JooqMemberRepository;
import id.jalin.member.domain.DemoForum;
import id.jalin.member.domain.Library;
import id.jalin.member.domain.MemberService;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoCrossServiceTest {
    @Test
    void demoDataLoadsOnceWithExpiredAndRevokedCardsAndCurrentVisits() {
        LocalDate today = LocalDate.of(2026, 3, 16);
        try (Database database = TestDatabases.h2()) {
            var repository = new JooqCrossServiceRepository(database.dsl(), id.jalin.kernel.audit.TestAudit.TRAIL);
            MemberService members = new MemberService(new JooqMemberRepository(database.dsl(), id.jalin.kernel.audit.TestAudit.TRAIL), TestPermissions.AS_COORDINATOR);
            DemoForum.loadInto(members, Progress.NONE);
            CardHolderService holders = new CardHolderService(repository, TestPermissions.AS_COORDINATOR);
            CardService cards = new CardService(repository, TestClock.on(today), TestPermissions.AS_COORDINATOR);
            VisitService visits = new VisitService(repository, members::statusOf, TestClock.on(today), TestPermissions.AS_COORDINATOR);

            assertThat(DemoCrossService.loadInto(members, holders, cards, visits, Progress.NONE)).isEqualTo(30);
            assertThat(DemoCrossService.loadInto(members, holders, cards, visits, Progress.NONE)).isZero();

            List<Card> all = members.libraries().stream().map(Library::id)
                    .flatMap(id -> holders.holdersOf(id).stream())
                    .flatMap(h -> cards.cardsOf(h.id()).stream()).toList();
            assertThat(all).hasSize(31);
            assertThat(all).extracting(cards::status).contains(CardStatus.EXPIRED, CardStatus.REVOKED, CardStatus.ACTIVE);
            assertThat(visits.arrivals(today.minusDays(40), today)).extracting(a -> a.verdict())
                    .contains(Verdict.WELCOME, Verdict.VALID_NOT_ANNOUNCED_ALLOWED, Verdict.REVOKED, Verdict.BAD_CHECK_DIGIT);
            assertThat(visits.noShows(today.minusDays(40), today)).isNotEmpty();
        }
    }
}
