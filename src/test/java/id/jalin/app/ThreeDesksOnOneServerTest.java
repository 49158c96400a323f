package id.jalin.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.jalin.crossservice.domain.Card;
import id.jalin.crossservice.domain.CardHolder;
import id.jalin.crossservice.domain.Holders;
import id.jalin.crossservice.domain.VisitAnnouncement;
import id.jalin.kernel.access.Actor;
import id.jalin.kernel.access.CurrentActor;
import id.jalin.kernel.access.NotPermittedException;
import id.jalin.kernel.access.TestActors;
import id.jalin.kernel.audit.AuditLogEntry;
import id.jalin.kernel.audit.AuditRows;
import id.jalin.kernel.db.ConnectionSettings;
import id.jalin.kernel.db.Database;
import id.jalin.kernel.db.TestDatabases;
import id.jalin.kernel.money.Money;
import id.jalin.kernel.validation.SaveResult;
import id.jalin.member.domain.Libraries;
import id.jalin.member.domain.Library;
import id.jalin.member.domain.Member;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What issue 9 calls done: three desks at once on one PostgreSQL server, each through its own connection pool and
 * with its own login: the coordinator, the secretary and a member library's staff. Nothing is lost, nothing is
 * silently overwritten, each desk is refused what its role does not allow, and every change names its person.
 */
class ThreeDesksOnOneServerTest {
    private static final int ROUNDS = 15;
    private static final LocalDate TODAY = TestApp.TODAY;

    private final List<Database> desks = new ArrayList<>();

    @AfterEach
    void close() {
        desks.forEach(Database::close);
    }

    private FeatureServices desk(ConnectionSettings server, Actor who) {
        Database database = Database.open(server);
        desks.add(database);
        return FeatureServices.over(database.dsl(), TestApp.CLOCK, CurrentActor.of(who));
    }

    @Test
    void threeDesksWorkAtOnceAndEveryChangeIsKeptRefusedOrTracedToItsPerson() throws Exception {
        ConnectionSettings server = TestDatabases.newPostgresSettings();
        FeatureServices coordinator = desk(server, TestActors.COORDINATOR);
        long unpad = saved(coordinator.members().save(Member.of(Libraries.library("UNPAD", "Perpustakaan Unpad"))))
                .library().id();
        long itb = saved(coordinator.members().save(Member.of(Libraries.library("ITB", "Perpustakaan ITB"))))
                .library().id();
        Actor itbStaff = TestActors.staffOf(itb);
        FeatureServices secretary = desk(server, TestActors.SECRETARY);
        FeatureServices staff = desk(server, itbStaff);
        CardHolder announced = saved(staff.crossService().holders().save(Holders.student(itb, "1300", "Rani")));
        saved(staff.crossService().cards().issue(announced, TODAY, TODAY.plusMonths(6), Money.of(25_000), "KW-0"));

        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<Future<Integer>> work = List.of(
                // the coordinator keeps the register: UNPAD's notes, round after round
                pool.submit(rounds(i -> saved(coordinator.members().save(withNotes(
                        coordinator.members().member(unpad).orElseThrow(), "catatan " + i))))),
                // the secretary registers holders at UNPAD and issues their cards
                pool.submit(rounds(i -> {
                    CardHolder holder = saved(secretary.crossService().holders()
                            .save(Holders.student(unpad, "2100" + i, "Mahasiswa " + i)));
                    saved(secretary.crossService().cards().issue(holder, TODAY, TODAY.plusMonths(6),
                            Money.of(25_000), "KW-" + i));
                })),
                // ITB's staff keep their own entry and announce their student's visits
                pool.submit(rounds(i -> {
                    saved(staff.members().save(withNotes(staff.members().member(itb).orElseThrow(), "itb " + i)));
                    saved(staff.crossService().visits().announce(VisitAnnouncement.of(announced.id(), unpad,
                            TODAY.plusDays(i), TODAY.plusDays(i), "Skripsi " + i)));
                })));
        for (Future<Integer> done : work) {
            assertThat(done.get()).isEqualTo(ROUNDS);
        }
        pool.shutdown();

        // nothing lost: every reported save is there, read from a fourth connection
        FeatureServices reader = desk(server, TestActors.READ_ONLY);
        assertThat(reader.members().member(unpad).orElseThrow().library().notes()).isEqualTo("catatan " + (ROUNDS - 1));
        assertThat(reader.members().member(itb).orElseThrow().library().notes()).isEqualTo("itb " + (ROUNDS - 1));
        assertThat(reader.crossService().holders().page(unpad,
                id.jalin.kernel.paging.PageRequest.first(id.jalin.crossservice.domain.HolderSort.NAME)).total())
                .isEqualTo(ROUNDS);
        // nothing silently overwritten: two desks that opened the same entry, the later save is refused
        Member openedByCoordinator = coordinator.members().member(itb).orElseThrow();
        Member openedByStaff = staff.members().member(itb).orElseThrow();
        saved(coordinator.members().save(withNotes(openedByCoordinator, "dari koordinator")));
        assertThat(staff.members().save(withNotes(openedByStaff, "dari staf")))
                .isInstanceOf(SaveResult.Stale.class);
        // refused by role, whatever the screen offered
        assertThatThrownBy(() -> staff.members().save(withNotes(reader.members().member(unpad).orElseThrow(), "x")))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> secretary.forumSettings().save(secretary.forumSettings().settings()))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> reader.crossService().holders().save(Holders.student(itb, "9", "Tamu")))
                .isInstanceOf(NotPermittedException.class);
        // every change names its person
        var dsl = desks.get(3).dsl();
        assertThat(AuditRows.of(dsl, "library", unpad)).filteredOn(e -> e.action() != id.jalin.kernel.audit.AuditAction.CREATE)
                .hasSize(ROUNDS).extracting(AuditLogEntry::userLogin).containsOnly(TestActors.COORDINATOR.loginName());
        assertThat(AuditRows.of(dsl, "library", itb)).extracting(AuditLogEntry::userLogin)
                .contains(itbStaff.loginName(), TestActors.COORDINATOR.loginName());
        assertThat(AuditRows.all(dsl)).filteredOn(e -> e.table().equals("card") && e.recordLabel().contains("Mahasiswa"))
                .hasSize(ROUNDS).extracting(AuditLogEntry::userLogin).containsOnly(TestActors.SECRETARY.loginName());
        assertThat(AuditRows.all(dsl)).filteredOn(e -> e.table().equals("visit_announcement"))
                .hasSize(ROUNDS).extracting(AuditLogEntry::userLogin).containsOnly(itbStaff.loginName());
    }

    private interface Round {
        void run(int round) throws Exception;
    }

    private static Callable<Integer> rounds(Round round) {
        return () -> {
            for (int i = 0; i < ROUNDS; i++) {
                round.run(i);
            }
            return ROUNDS;
        };
    }

    private static Member withNotes(Member member, String notes) {
        Library l = member.library();
        return new Member(new Library(l.id(), l.version(), l.code(), l.name(), l.institution(), l.kind(), l.address(),
                l.city(), l.province(), l.phone(), l.email(), l.website(), l.joinedOn(), l.status(), l.duesClass(),
                l.yearlyDues(), l.collectionTitles(), notes), member.staff());
    }

    private static <T> T saved(SaveResult<T> result) {
        assertThat(result).isInstanceOf(SaveResult.Saved.class);
        return ((SaveResult.Saved<T>) result).value();
    }
}
