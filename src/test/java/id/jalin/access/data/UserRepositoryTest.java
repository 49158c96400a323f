package id.jalin.access.data;

import static id.jalin.kernel.db.generated.Tables.LIBRARY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.jalin.access.domain.User;
import id.jalin.access.domain.UserDraft;
import id.jalin.kernel.access.Role;
import id.jalin.kernel.concurrency.RecordGoneException;
import id.jalin.kernel.concurrency.StaleRecordException;
import id.jalin.kernel.db.Database;
import id.jalin.kernel.db.TestDatabases;
import id.jalin.kernel.db.TestDatabases.Kind;
import java.time.Instant;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Kind.class)
class UserRepositoryTest {
    private static final String HASH = "$argon2id$v=19$m=1024,t=1,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaA";

    @Parameter
    Kind kind;

    private Database database;
    private JooqUserRepository repository;

    @BeforeEach
    void open() {
        database = TestDatabases.fresh(kind);
        repository = new JooqUserRepository(database.dsl(), id.jalin.kernel.audit.TestAudit.TRAIL);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private long library(long id, String code) {
        database.dsl().insertInto(LIBRARY).set(LIBRARY.ID, id).set(LIBRARY.CODE, code)
                .set(LIBRARY.NAME, "Perpustakaan " + code).set(LIBRARY.KIND, "UNIVERSITY")
                .set(LIBRARY.STATUS, "ACTIVE").execute();
        return id;
    }

    @Test
    void aUserIsStoredAndFoundByLoginInAnyCase() {
        assertThat(repository.count()).isZero();
        long unpad = library(500, "UNPAD");

        User staff = repository.insert(new UserDraft("Rina.Unpad", "Rina Lestari", Role.MEMBER_STAFF, unpad), HASH);

        assertThat(repository.count()).isEqualTo(1);
        assertThat(repository.findByLogin("rina.unpad")).contains(staff);
        assertThat(repository.findByLogin(" RINA.UNPAD ")).contains(staff);
        assertThat(staff.loginName()).isEqualTo("Rina.Unpad");
        assertThat(staff.memberLibraryId()).isEqualTo(unpad);
        assertThat(staff.active()).isTrue();
        assertThat(staff.toActor().library()).contains(unpad);
        assertThat(repository.passwordHash(staff.id())).contains(HASH);
        assertThat(repository.loginTaken("RINA.unpad", -1)).isTrue();
        assertThat(repository.loginTaken("rina.unpad", staff.id())).isFalse();
    }

    @Test
    void theDatabaseRefusesASecondLoginDifferingOnlyInCase() {
        repository.insert(new UserDraft("dewi", "Dewi", Role.COORDINATOR, null), HASH);

        assertThatThrownBy(() -> repository.insert(new UserDraft("DEWI", "Dewi Lain", Role.SECRETARY, null), HASH))
                .isInstanceOf(DataAccessException.class);
    }

    @Test
    void updatesAreCheckedAgainstTheVersionOpened() {
        User dewi = repository.insert(new UserDraft("dewi", "Dewi", Role.COORDINATOR, null), HASH);
        User sari = repository.insert(new UserDraft("sari", "Sari", Role.SECRETARY, null), HASH);

        User renamed = repository.update(dewi.withDetails("Dewi Koordinator", Role.COORDINATOR, null));

        assertThat(renamed.displayName()).isEqualTo("Dewi Koordinator");
        assertThat(renamed.version()).isEqualTo(dewi.version() + 1);
        assertThatThrownBy(() -> repository.update(dewi.withActive(false))).isInstanceOf(StaleRecordException.class);
        assertThat(repository.countActiveCoordinators()).isEqualTo(1);
        repository.update(sari.withDetails("Sari", Role.COORDINATOR, null));
        assertThat(repository.countActiveCoordinators()).isEqualTo(2);
        repository.update(renamed.withActive(false));
        assertThat(repository.countActiveCoordinators()).isEqualTo(1);
        assertThat(repository.all()).extracting(User::loginName).containsExactly("dewi", "sari");
        User ghost = new User(9999, "hantu", "Hantu", Role.READ_ONLY, null, true, 0, null, 0);
        assertThatThrownBy(() -> repository.update(ghost)).isInstanceOf(RecordGoneException.class);
    }

    @Test
    void failuresCountUpAndALockKeepsItsMomentToTheSecond() {
        User sari = repository.insert(new UserDraft("sari", "Sari", Role.SECRETARY, null), HASH);
        Instant until = Instant.parse("2026-11-24T02:15:00Z");

        assertThat(repository.recordFailure(sari.id())).isEqualTo(1);
        assertThat(repository.recordFailure(sari.id())).isEqualTo(2);
        repository.lock(sari.id(), until);

        User locked = repository.find(sari.id()).orElseThrow();
        assertThat(locked.lockedUntil()).isEqualTo(until);
        assertThat(locked.failedAttempts()).isZero();
        assertThat(locked.version()).as("lock-out never makes an open edit stale").isEqualTo(sari.version());

        repository.recordFailure(sari.id());
        repository.setPasswordHash(sari.id(), HASH + "x");
        User reset = repository.find(sari.id()).orElseThrow();
        assertThat(reset.lockedUntil()).isNull();
        assertThat(reset.failedAttempts()).isZero();
        assertThat(repository.passwordHash(sari.id())).contains(HASH + "x");

        repository.lock(sari.id(), until);
        repository.clearFailures(sari.id());
        assertThat(repository.find(sari.id()).orElseThrow().lockedUntil()).isNull();
    }

    @Test
    void memberStaffWithoutALibraryAreRefusedByTheDatabaseToo() {
        assertThatThrownBy(() -> database.dsl().execute("INSERT INTO jalin_user (login_name, login_key, "
                + "display_name, password_hash, role) VALUES ('x', 'x', 'X', 'h', 'MEMBER_STAFF')"))
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> repository.insert(new UserDraft("staf", "Staf", Role.MEMBER_STAFF, 4242L), HASH))
                .isInstanceOf(DataAccessException.class);
    }

    @Test
    void userChangesAreAuditedWithoutThePasswordAndTheFirstCoordinatorSignsTheirOwnCreation() {
        User first = repository.insert(new UserDraft("dewi", "Dewi Koordinator", Role.COORDINATOR, null), HASH);
        User second = repository.insert(new UserDraft("sari", "Sari", Role.SECRETARY, null), HASH);
        repository.update(new User(second.id(), second.loginName(), "Sari Wulandari", Role.SECRETARY, null, false,
                second.failedAttempts(), second.lockedUntil(), second.version()));
        repository.setPasswordHash(second.id(), "$argon2id$v=19$m=1024,t=1,p=1$bmV3$bmV3");
        repository.rehashPassword(second.id(), "$argon2id$v=19$m=2048,t=1,p=1$bmV3$bmV3");

        var firstRows = id.jalin.kernel.audit.AuditRows.of(database.dsl(), "jalin_user", first.id());
        var secondRows = id.jalin.kernel.audit.AuditRows.of(database.dsl(), "jalin_user", second.id());

        assertThat(firstRows).singleElement().satisfies(e -> {
            assertThat(e.userLogin()).isEqualTo("dewi");
            assertThat(e.recordLabel()).isEqualTo("dewi");
        });
        assertThat(secondRows).extracting(e -> e.action()).containsExactly(id.jalin.kernel.audit.AuditAction.CREATE,
                id.jalin.kernel.audit.AuditAction.STATE_CHANGE, id.jalin.kernel.audit.AuditAction.UPDATE);
        assertThat(secondRows.get(0).userLogin()).isEqualTo(id.jalin.kernel.access.TestActors.COORDINATOR.loginName());
        assertThat(id.jalin.kernel.audit.AuditRows.change(secondRows.get(1), "active").newValue()).isEqualTo("false");
        assertThat(id.jalin.kernel.audit.AuditRows.change(secondRows.get(1), "display_name").newValue())
                .isEqualTo("Sari Wulandari");
        assertThat(secondRows.get(2).changes()).singleElement()
                .satisfies(c -> assertThat(c.field()).isEqualTo("password"));
        assertThat(id.jalin.kernel.audit.AuditRows.all(database.dsl())).flatExtracting(e -> e.changes())
                .allSatisfy(c -> {
                    assertThat(String.valueOf(c.newValue())).doesNotContain("argon2");
                    assertThat(String.valueOf(c.oldValue())).doesNotContain("argon2");
                });
    }
}
