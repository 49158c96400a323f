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
