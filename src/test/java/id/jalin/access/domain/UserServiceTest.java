package id.jalin.access.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.jalin.kernel.access.CurrentActor;
import id.jalin.kernel.access.NotPermittedException;
import id.jalin.kernel.access.Permissions;
import id.jalin.kernel.access.Role;
import id.jalin.kernel.access.TestActors;
import id.jalin.kernel.validation.SaveResult;
import id.jalin.kernel.validation.Validation;
import org.junit.jupiter.api.Test;

class UserServiceTest {
    private final InMemoryUsers repository = new InMemoryUsers();
    private final UserService asCoordinator = serviceAs(TestActors.AS_COORDINATOR);

    private UserService serviceAs(CurrentActor actor) {
        return new UserService(repository, PasswordHasherTest.CHEAP, new Permissions(actor));
    }

    private static char[] pw(String text) {
        return text.toCharArray();
    }

    private User saved(SaveResult<User> result) {
        assertThat(result).isInstanceOf(SaveResult.Saved.class);
        return ((SaveResult.Saved<User>) result).value();
    }

    private static Validation invalid(SaveResult<?> result) {
        assertThat(result).isInstanceOf(SaveResult.Invalid.class);
        return ((SaveResult.Invalid<?>) result).validation();
    }

    private User firstCoordinator() {
        return saved(asCoordinator.createFirstCoordinator("dewi", "Dewi Koordinator", pw("pertama-sekali"),
                pw("pertama-sekali")));
    }

    @Test
    void theFirstCoordinatorIsCreatedOnlyOnADatabaseWithoutUsers() {
        assertThat(asCoordinator.hasUsers()).isFalse();

        User dewi = firstCoordinator();

        assertThat(dewi.role()).isEqualTo(Role.COORDINATOR);
        assertThat(dewi.active()).isTrue();
        assertThatThrownBy(() -> serviceAs(CurrentActor.of(TestActors.READ_ONLY)).createFirstCoordinator("lain",
                "Lain", pw("pertama-sekali"), pw("pertama-sekali"))).isInstanceOf(NotPermittedException.class);
    }

    @Test
    void aPasswordNeedsEightCharactersTypedTheSameTwice() {
        Validation shortOne = invalid(asCoordinator.createFirstCoordinator("dewi", "Dewi", pw("pendek"),
                pw("pendek")));
        Validation mismatch = invalid(asCoordinator.createFirstCoordinator("dewi", "Dewi", pw("panjang-sekali"),
                pw("panjang-sekalI")));

        assertThat(shortOne.errorFor("password")).map(e -> e.messageKey())
                .contains("access.user.error.password_short");
        assertThat(mismatch.errorFor("repeat")).map(e -> e.messageKey())
                .contains("access.user.error.password_mismatch");
        assertThat(repository.count()).isZero();
    }

    @Test
    void aLoginIsUniqueWithoutRegardToCase() {
        firstCoordinator();

        Validation taken = invalid(asCoordinator.create(new UserDraft("DEWI", "Dewi Lain", Role.SECRETARY, null),
                pw("kata-sandi-1"), pw("kata-sandi-1")));

        assertThat(taken.errorFor("login")).map(e -> e.messageKey()).contains("access.user.error.login_taken");
    }

    @Test
    void memberStaffNeedALibrary() {
        Validation noLibrary = invalid(asCoordinator.create(new UserDraft("staf", "Staf", Role.MEMBER_STAFF, null),
                pw("kata-sandi-1"), pw("kata-sandi-1")));

        assertThat(noLibrary.errorFor("library")).isPresent();
    }

    @Test
    void theLastActiveCoordinatorCanBeNeitherDemotedNorDisabled() {
        User dewi = firstCoordinator();

        Validation demoted = invalid(asCoordinator.update(dewi.withDetails("Dewi", Role.SECRETARY, null)));
        Validation disabled = invalid(asCoordinator.setActive(dewi, false));

        assertThat(demoted.errorFor("role")).map(e -> e.messageKey()).contains("access.user.error.last_coordinator");
        assertThat(disabled.errorFor("active")).map(e -> e.messageKey())
                .contains("access.user.error.last_coordinator");
        assertThat(repository.find(dewi.id()).orElseThrow().isActiveCoordinator()).isTrue();
    }

    @Test
    void withASecondActiveCoordinatorOneMayStepDown() {
        User dewi = firstCoordinator();
        User budi = saved(asCoordinator.create(new UserDraft("budi", "Budi", Role.COORDINATOR, null),
                pw("kata-sandi-1"), pw("kata-sandi-1")));

        User demoted = saved(asCoordinator.update(dewi.withDetails("Dewi", Role.SECRETARY, null)));

        assertThat(demoted.role()).isEqualTo(Role.SECRETARY);
        // Budi is now the last one.
        assertThat(invalid(asCoordinator.setActive(budi, false)).errorFor("active")).isPresent();
    }

    @Test
    void aDisabledCoordinatorDoesNotCountAsTheOneLeft() {
        User dewi = firstCoordinator();
        User budi = saved(asCoordinator.create(new UserDraft("budi", "Budi", Role.COORDINATOR, null),
                pw("kata-sandi-1"), pw("kata-sandi-1")));
        saved(asCoordinator.setActive(budi, false));

        assertThat(invalid(asCoordinator.update(dewi.withDetails("Dewi", Role.READ_ONLY, null)))
                .errorFor("role")).isPresent();
    }

    @Test
    void anEditOfAnOutdatedCopyIsStale() {
        User dewi = firstCoordinator();
        saved(asCoordinator.update(dewi.withDetails("Dewi K.", Role.COORDINATOR, null)));

        assertThat(asCoordinator.update(dewi.withDetails("Dewi Lama", Role.COORDINATOR, null)))
                .isInstanceOf(SaveResult.Stale.class);
    }

    @Test
    void onlyTheCoordinatorManagesUsers() {
        User dewi = firstCoordinator();
        for (CurrentActor other : new CurrentActor[] {CurrentActor.of(TestActors.SECRETARY),
                CurrentActor.of(TestActors.READ_ONLY), CurrentActor.of(TestActors.staffOf(7))}) {
            UserService service = serviceAs(other);
            assertThatThrownBy(service::users).isInstanceOf(NotPermittedException.class);
            assertThatThrownBy(() -> service.create(new UserDraft("x1x", "X", Role.SECRETARY, null),
                    pw("kata-sandi-1"), pw("kata-sandi-1"))).isInstanceOf(NotPermittedException.class);
            assertThatThrownBy(() -> service.update(dewi.withDetails("X", Role.COORDINATOR, null)))
                    .isInstanceOf(NotPermittedException.class);
            assertThatThrownBy(() -> service.resetPassword(dewi.id(), pw("kata-sandi-1"), pw("kata-sandi-1")))
                    .isInstanceOf(NotPermittedException.class);
            assertThatThrownBy(() -> service.unlock(dewi.id())).isInstanceOf(NotPermittedException.class);
        }
        assertThat(repository.count()).isEqualTo(1);
    }

    @Test
    void everyoneChangesTheirOwnPasswordAfterGivingTheCurrentOne() {
        User dewi = firstCoordinator();
        User sari = saved(asCoordinator.create(new UserDraft("sari", "Sari", Role.SECRETARY, null),
                pw("lama-sekali-1"), pw("lama-sekali-1")));
        UserService asSari = serviceAs(CurrentActor.of(sari.toActor()));

        Validation wrongCurrent = invalid(asSari.changeOwnPassword(pw("bukan-ini"), pw("baru-sekali-2"),
                pw("baru-sekali-2")));
        saved(asSari.changeOwnPassword(pw("lama-sekali-1"), pw("baru-sekali-2"), pw("baru-sekali-2")));

        assertThat(wrongCurrent.errorFor("current")).isPresent();
        assertThat(PasswordHasherTest.CHEAP.verify(pw("baru-sekali-2"),
                repository.passwordHash(sari.id()).orElseThrow())).isTrue();
        assertThat(PasswordHasherTest.CHEAP.verify(pw("pertama-sekali"),
                repository.passwordHash(dewi.id()).orElseThrow())).isTrue();
    }
}
