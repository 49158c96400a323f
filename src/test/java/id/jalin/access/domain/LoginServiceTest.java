package id.jalin.access.domain;

import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.kernel.access.Permissions;
import id.jalin.kernel.access.Role;
import id.jalin.kernel.access.TestActors;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LoginServiceTest {
    private static final Instant NINE = Instant.parse("2026-11-24T02:00:00Z");

    private final InMemoryUsers repository = new InMemoryUsers();
    private final MovableClock clock = new MovableClock(NINE);
    private final LoginService logins = new LoginService(repository, PasswordHasherTest.CHEAP, clock);
    private final UserService users = new UserService(repository, PasswordHasherTest.CHEAP,
            new Permissions(TestActors.AS_COORDINATOR));
    private User sari;

    @BeforeEach
    void createUser() {
        sari = ((id.jalin.kernel.validation.SaveResult.Saved<User>) users.create(
                new UserDraft("Sari", "Sari Sekretaris", Role.SECRETARY, null),
                "kata-sandi-benar".toCharArray(), "kata-sandi-benar".toCharArray())).value();
    }

    private LoginResult login(String login, String password) {
        return logins.login(login, password.toCharArray());
    }

    @Test
    void theRightPasswordSignsInWhateverTheCaseOfTheLogin() {
        LoginResult result = login("sARi", "kata-sandi-benar");

        assertThat(result).isInstanceOf(LoginResult.SignedIn.class);
        var actor = ((LoginResult.SignedIn) result).actor();
        assertThat(actor.userId()).isEqualTo(sari.id());
        assertThat(actor.role()).isEqualTo(Role.SECRETARY);
        assertThat(actor.displayName()).isEqualTo("Sari Sekretaris");
    }

    @Test
    void anUnknownLoginAndAWrongPasswordGetTheSameAnswer() {
        LoginResult unknown = login("siapa", "kata-sandi-benar");
        LoginResult wrong = login("sari", "kata-sandi-salah");

        assertThat(unknown).isEqualTo(wrong)
                .isEqualTo(new LoginResult.Refused(LoginRefusal.WRONG_LOGIN_OR_PASSWORD, null));
    }

    @Test
    void theFifthWrongPasswordLocksTheLoginForFifteenMinutesEvenAgainstTheRightPassword() {
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(login("sari", "salah-" + attempt)).isEqualTo(
                    new LoginResult.Refused(LoginRefusal.WRONG_LOGIN_OR_PASSWORD, null));
        }
        Instant until = NINE.plus(Duration.ofMinutes(15));

        assertThat(login("sari", "salah-5")).isEqualTo(new LoginResult.Refused(LoginRefusal.LOCKED, until));
        clock.advance(Duration.ofMinutes(14));
        assertThat(login("sari", "kata-sandi-benar")).isEqualTo(new LoginResult.Refused(LoginRefusal.LOCKED, until));

        clock.advance(Duration.ofMinutes(1));
        assertThat(login("sari", "kata-sandi-benar")).isInstanceOf(LoginResult.SignedIn.class);
        assertThat(repository.find(sari.id()).orElseThrow().lockedUntil()).isNull();
    }

    @Test
    void aGoodPasswordStartsTheCountAfresh() {
        for (int attempt = 1; attempt <= 4; attempt++) {
            login("sari", "salah");
        }
        assertThat(login("sari", "kata-sandi-benar")).isInstanceOf(LoginResult.SignedIn.class);

        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(login("sari", "salah")).isEqualTo(
                    new LoginResult.Refused(LoginRefusal.WRONG_LOGIN_OR_PASSWORD, null));
        }
    }

    @Test
    void aPasswordResetByTheCoordinatorEndsTheLockOut() {
        for (int attempt = 1; attempt <= 5; attempt++) {
            login("sari", "salah");
        }
        assertThat(repository.find(sari.id()).orElseThrow().isLocked(clock.instant())).isTrue();

        users.resetPassword(sari.id(), "sandi-baru-123".toCharArray(), "sandi-baru-123".toCharArray());

        assertThat(login("sari", "kata-sandi-benar")).isEqualTo(
                new LoginResult.Refused(LoginRefusal.WRONG_LOGIN_OR_PASSWORD, null));
        assertThat(login("sari", "sandi-baru-123")).isInstanceOf(LoginResult.SignedIn.class);
    }

    @Test
    void aCoordinatorsUnlockEndsTheLockOut() {
        for (int attempt = 1; attempt <= 5; attempt++) {
            login("sari", "salah");
        }
        users.unlock(sari.id());

        assertThat(login("sari", "kata-sandi-benar")).isInstanceOf(LoginResult.SignedIn.class);
    }

    @Test
    void aDisabledUserIsToldSoOnlyAfterTheRightPassword() {
        users.setActive(sari, false);

        assertThat(login("sari", "salah")).isEqualTo(
                new LoginResult.Refused(LoginRefusal.WRONG_LOGIN_OR_PASSWORD, null));
        assertThat(login("sari", "kata-sandi-benar")).isEqualTo(new LoginResult.Refused(LoginRefusal.DISABLED, null));
        assertThat(logins.automaticSignIn("sari")).isEmpty();
    }

    @Test
    void automaticSignInFindsAnActiveUserByLogin() {
        assertThat(logins.automaticSignIn("SARI")).map(a -> a.userId()).contains(sari.id());
        assertThat(logins.automaticSignIn("tidak-ada")).isEmpty();
    }

    @Test
    void aHashFromCheaperDaysIsReplacedAtTheNextLogin() {
        LoginService stronger = new LoginService(repository, new PasswordHasher(new PasswordHasher.Cost(2048, 1, 1)),
                clock);

        assertThat(stronger.login("sari", "kata-sandi-benar".toCharArray())).isInstanceOf(LoginResult.SignedIn.class);

        assertThat(repository.passwordHash(sari.id()).orElseThrow()).contains("m=2048,");
    }

    /** A clock the test moves on by hand. */
    static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

}
