package id.jalin.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.jalin.forum.domain.DemoForumProfile;
import id.jalin.kernel.db.Database;
import id.jalin.kernel.db.TestDatabases;
import id.jalin.kernel.db.TestDatabases.Kind;
import id.jalin.kernel.task.Progress;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The demo data arrive whole or not at all, on H2 and PostgreSQL. */
@ParameterizedClass
@EnumSource(Kind.class)
class DemoDataLoadTest {
    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    private static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 11, 24).atStartOfDay(JAKARTA).toInstant(), JAKARTA);

    @Parameter
    Kind kind;

    private Database database;
    private FeatureServices services;

    @BeforeEach
    void open() {
        database = TestDatabases.fresh(kind);
        services = FeatureServices.over(database.dsl(), CLOCK, id.jalin.kernel.access.TestActors.AS_COORDINATOR);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void demoForumIsLoadedWithItsProfileMembersAgreementsAndCards() {
        new DemoDataLoad(database, CLOCK, id.jalin.kernel.access.TestActors.AS_COORDINATOR).run(Progress.NONE);

        assertThat(services.forum().profile().name()).isEqualTo(DemoForumProfile.NAME);
        assertThat(services.members().libraries()).hasSize(20);
        assertThat(services.agreements().all()).isNotEmpty();
        long upi = services.members().memberByCode("UPI").orElseThrow().library().id();
        assertThat(services.crossService().holders().holdersOf(upi)).isNotEmpty();
    }

    @Test
    void demoLoansTellASeasonWithOverdueItemsCopiesAndARotaThatMovedOn() {
        new DemoDataLoad(database, CLOCK, id.jalin.kernel.access.TestActors.AS_COORDINATOR).run(Progress.NONE);

        var all = services.loans().page(new id.jalin.loan.domain.LoanFilter(id.jalin.loan.domain.LoanView.ALL, null,
                java.util.Set.of(), null, null, null, "", services.loans().today()),
                new id.jalin.kernel.paging.PageRequest<>(0, 100, id.jalin.loan.domain.LoanSort.NUMBER,
                        id.jalin.kernel.paging.SortDirection.ASCENDING, "")).rows();
        assertThat(all).hasSizeGreaterThanOrEqualTo(20);
        assertThat(services.loans().overdue()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(all).anyMatch(request -> request.state() == id.jalin.loan.domain.LoanState.COPY_DELIVERED);
        assertThat(all).anyMatch(request -> request.state() == id.jalin.loan.domain.LoanState.CHECKED_IN);
        assertThat(all).anyMatch(request -> request.rota().get(0).answer() == id.jalin.loan.domain.RotaAnswer.UNFILLED
                && request.position() == 2);
        assertThat(all).anyMatch(request -> request.item().workId() != null);
    }

    @Test
    void demoAcquisitionHasACompletedRoundAndAnOpenOneWithDuplicatesFlagged() {
        new DemoDataLoad(database, CLOCK, id.jalin.kernel.access.TestActors.AS_COORDINATOR).run(Progress.NONE);

        var acquisition = services.acquisition();
        var rounds = acquisition.rounds(id.jalin.acquisition.domain.RoundFilter.all(),
                id.jalin.kernel.paging.PageRequest.first(id.jalin.acquisition.domain.RoundSort.NAME)).rows();
        assertThat(rounds).extracting(round -> round.status()).containsExactly(
                id.jalin.acquisition.domain.RoundStatus.COMPLETED, id.jalin.acquisition.domain.RoundStatus.OPEN);
        var completed = rounds.get(0);
        var open = rounds.get(1);
        assertThat(acquisition.lines(completed.id())).isNotEmpty().allSatisfy(line -> {
            assertThat(line.decision().accepted()).isTrue();
            assertThat(line.receivedCopies()).isEqualTo(line.copies());
        });
        var cost = acquisition.cost(completed.id());
        assertThat(cost.shares().values().stream().mapToLong(money -> money.rupiah()).sum())
                .isEqualTo(cost.total().rupiah());
        assertThat(open.takesProposalsOn(acquisition.today())).isTrue();
        var flags = acquisition.flags(open.id());
        assertThat(flags).extracting(flag -> flag.kind()).contains(
                id.jalin.acquisition.domain.FlagKind.HELD_BY_MEMBER, id.jalin.acquisition.domain.FlagKind.SAME_ROUND,
                id.jalin.acquisition.domain.FlagKind.EARLIER_ORDER);
        assertThat(flags.stream().filter(flag -> flag.kind() == id.jalin.acquisition.domain.FlagKind.HELD_BY_MEMBER)
                .map(flag -> flag.lineId()).distinct()).as("one held title by ISBN-13 with hyphens, one by ISBN-10, "
                        + "and last round's purchase, placed in its buyer's holdings when it arrived").hasSize(3);
        var boughtBefore = flags.stream().filter(flag -> flag.kind() == id.jalin.acquisition.domain.FlagKind
                .EARLIER_ORDER).map(flag -> flag.lineId()).findFirst().orElseThrow();
        assertThat(flags).filteredOn(flag -> flag.lineId() == boughtBefore).extracting(flag -> flag.kind())
                .contains(id.jalin.acquisition.domain.FlagKind.HELD_BY_MEMBER);
        var secondEdition = acquisition.lines(open.id()).stream()
                .filter(line -> line.title().edition().equals("Edisi 2")).findFirst().orElseThrow();
        assertThat(flags).noneMatch(flag -> flag.lineId() == secondEdition.id());
        assertThat(acquisition.lines(open.id())).extracting(line -> line.decision()).contains(
                id.jalin.acquisition.domain.Decision.PENDING, id.jalin.acquisition.domain.Decision.DROPPED,
                id.jalin.acquisition.domain.Decision.ACCEPTED_DESPITE_FLAG);
    }

    @Test
    void demoRedistributionHasOpenOffersWithClaimsAndOneHandedOverWithItsHoldingMoved() {
        new DemoDataLoad(database, CLOCK, id.jalin.kernel.access.TestActors.AS_COORDINATOR).run(Progress.NONE);

        var redistribution = services.redistribution();
        var sort = id.jalin.kernel.paging.PageRequest.first(id.jalin.redistribution.domain.OfferSort.POSTED);
        // last month's offer keeps its one copy nobody took open beside this month's two
        assertThat(redistribution.openOffers(sort).rows()).hasSize(3)
                .allSatisfy(offer -> assertThat(redistribution.claims(offer.offer().id())).isNotEmpty());
        assertThat(services.catalogue().held(List.of(new id.jalin.catalogue.domain.TitleProbe("979-403-082-1", "", "",
                null, "")))).as("the copies handed over last month are in the receiver's holdings")
                .anySatisfy(match -> assertThat(match.sourceId()).startsWith("jalin-redist:"));
    }

    @Test
    void demoExchangeHasAOneForOneUnderItsAgreementAndAThreeForOneOwingAThird() {
        new DemoDataLoad(database, CLOCK, id.jalin.kernel.access.TestActors.AS_COORDINATOR).run(Progress.NONE);

        var exchange = services.exchange();
        var standings = exchange.overview();
        assertThat(standings).extracting(standing -> standing.partnership().ratio().toString())
                .containsExactlyInAnyOrder("1:1", "3:1");
        var oneForOne = standings.stream().filter(standing -> standing.partnership().ratio().first() == 1)
                .findFirst().orElseThrow();
        var agreement = services.agreements().agreement(oneForOne.partnership().agreementId()).orElseThrow();
        assertThat(agreement.type()).isEqualTo(id.jalin.agreement.domain.SinclairType.A_BILATERAL_EXCHANGE);
        var years = exchange.years(oneForOne.partnership().id());
        assertThat(years).extracting(year -> year.closed()).containsExactly(true, false);
        assertThat(years.get(1).opening()).as("last year's imbalance carried over").isEqualTo(years.get(0).closing());
        assertThat(years.get(0).opening().even()).isTrue();
        assertThat(oneForOne.owing().orElseThrow().amount()).isEqualTo("2");
        assertThat(exchange.entries(oneForOne.partnership().id())).anyMatch(entry -> entry.reversal())
                .anyMatch(entry -> entry.direction() == id.jalin.exchange.domain.Direction.FIRST_TO_SECOND)
                .anyMatch(entry -> entry.direction() == id.jalin.exchange.domain.Direction.SECOND_TO_FIRST);
        var threeForOne = standings.stream().filter(standing -> standing.partnership().ratio().first() == 3)
                .findFirst().orElseThrow();
        var owing = threeForOne.owing().orElseThrow();
        assertThat(owing.amount()).isEqualTo("1/3");
        assertThat(owing.debtorId()).isEqualTo(threeForOne.partnership().secondMemberId());
    }

    @Test
    void demoTrainingHasAHeldWorkshopWithCertificatesAndAnOpenSeminarWithAWaitingList() {
        new DemoDataLoad(database, CLOCK, id.jalin.kernel.access.TestActors.AS_COORDINATOR).run(Progress.NONE);

        var training = services.training();
        var events = training.events(id.jalin.training.domain.EventFilter.all(),
                id.jalin.kernel.paging.PageRequest.first(id.jalin.training.domain.EventSort.STARTS)).rows();
        assertThat(events).extracting(listing -> listing.event().status()).containsExactly(
                id.jalin.training.domain.EventStatus.HELD, id.jalin.training.domain.EventStatus.OPEN);
        long held = events.get(0).event().id();
        var standings = training.standings(held);
        assertThat(standings).anyMatch(standing -> !standing.qualifies() && !standing.certified());
        var certificates = training.certificates(held);
        assertThat(certificates).hasSize(standings.size() - 1);
        var checked = training.verify(certificates.get(0).number()).orElseThrow();
        assertThat(checked.titleId()).isEqualTo(events.get(0).event().titleId());
        assertThat(training.feeSummary(held).paid().rupiah()).isPositive();
        long open = events.get(1).event().id();
        assertThat(training.waitingList(open)).extracting(registration -> registration.name())
                .hasSize(2).endsWith("Bayu Saputra");
        assertThat(events.get(1).registered()).isEqualTo(events.get(1).event().capacity());
        long member = certificates.stream().filter(c -> c.role() == id.jalin.training.domain.ParticipantRole
                .PARTICIPANT).findFirst().map(c -> training.registration(c.registrationId()).orElseThrow().memberId())
                .orElseThrow();
        assertThat(training.attendedBy(member)).isNotEmpty();
    }

    @Test
    void failureMidwayLeavesTheDatabaseAsEmptyAsItWas() {
        List<DemoDataLoad.Part> parts = new ArrayList<>(DemoDataLoad.PARTS);
        // After the profile, the members and the agreements are written: fail before the cross-service part.
        parts.add(3, (partServices, progress) -> {
            assertThat(partServices.members().libraries()).as("members written inside the transaction").hasSize(20);
            throw new IllegalStateException("disk full");
        });

        assertThatThrownBy(() -> new DemoDataLoad(database, CLOCK, id.jalin.kernel.access.TestActors.AS_COORDINATOR, parts).run(Progress.NONE))
                .hasMessageContaining("disk full");

        assertThat(services.members().libraries()).isEmpty();
        assertThat(services.agreements().all()).isEmpty();
        assertThat(services.forum().profile().isNamed()).isFalse();
    }

    @Test
    void cancelAfterTheMembersLeavesNothingBehind() {
        java.util.concurrent.atomic.AtomicBoolean cancelled = new java.util.concurrent.atomic.AtomicBoolean();
        List<DemoDataLoad.Part> parts = new ArrayList<>(DemoDataLoad.PARTS);
        // The user presses Cancel once the members are in: the next check stops the load.
        parts.add(2, (partServices, progress) -> cancelled.set(true));
        Progress cancellable = new Progress() {
            @Override
            public void update(long done, long total) {
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get();
            }
        };

        assertThatThrownBy(() -> new DemoDataLoad(database, CLOCK, id.jalin.kernel.access.TestActors.AS_COORDINATOR, parts).run(cancellable))
                .isInstanceOf(id.jalin.kernel.task.CancelledException.class);

        assertThat(services.members().libraries()).isEmpty();
        assertThat(services.forum().profile().isNamed()).isFalse();
    }

    @Test
    void loadAfterAFailedOneStartsClean() {
        List<DemoDataLoad.Part> failing = new ArrayList<>(DemoDataLoad.PARTS.subList(0, 2));
        failing.add((partServices, progress) -> {
            throw new IllegalStateException("connection lost");
        });
        assertThatThrownBy(() -> new DemoDataLoad(database, CLOCK, id.jalin.kernel.access.TestActors.AS_COORDINATOR, failing).run(Progress.NONE));

        new DemoDataLoad(database, CLOCK, id.jalin.kernel.access.TestActors.AS_COORDINATOR).run(Progress.NONE);

        assertThat(services.members().libraries()).hasSize(20);
    }
}
