package id.jalin.access.domain;

import id.jalin.kernel.access.Actor;
import id.jalin.kernel.access.NotPermittedException;
import id.jalin.kernel.access.Permissions;
import id.jalin.kernel.access.Role;
import id.jalin.kernel.validation.SaveResult;
import id.jalin.kernel.validation.Validation;
import java.util.List;
import java.util.Optional;

/**
 * Who may log in, and as what. Everything here is the coordinator's, except creating the very first coordinator on
 * a database without users and changing one's own password. The forum never loses its last active coordinator:
 * disabling or demoting them is refused. Passwords arrive as {@code char[]}; the caller wipes them afterwards.
 */
public final class UserService {
    private final UserRepository repository;
    private final PasswordHasher hasher;
    private final Permissions permissions;

    public UserService(UserRepository repository, PasswordHasher hasher, Permissions permissions) {
        this.repository = repository;
        this.hasher = hasher;
        this.permissions = permissions;
    }

    public boolean hasUsers() {
        return repository.count() > 0;
    }

    /** On a database without users only: the person starting Jalin becomes its first coordinator. */
    public SaveResult<User> createFirstCoordinator(String loginName, String displayName, char[] password,
                                                   char[] repeat) {
        if (hasUsers()) {
            throw new NotPermittedException(null, "create a first coordinator where users exist");
        }
        return insert(new UserDraft(loginName, displayName, Role.COORDINATOR, null), password, repeat);
    }

    public List<User> users() {
        permissions.requireCoordinator("list users");
        return repository.all();
    }

    public Optional<User> user(long id) {
        permissions.requireCoordinator("read a user");
        return repository.find(id);
    }

    public SaveResult<User> create(UserDraft draft, char[] password, char[] repeat) {
        permissions.requireCoordinator("create a user");
        return insert(draft, password, repeat);
    }

    /** Display name, role, library and active flag, as edited; refused if it would leave no active coordinator. */
    public SaveResult<User> update(User edited) {
        permissions.requireCoordinator("change a user");
        Validation validation = UserRules.details(edited.displayName(), edited.role(), edited.memberLibraryId())
                .and(lastCoordinatorRule(edited));
        return SaveResult.store(validation, () -> repository.update(edited));
    }

    public SaveResult<User> setActive(User user, boolean active) {
        return update(user.withActive(active));
    }

    /** A new password a coordinator gives someone who forgot theirs; it also ends a lock-out. */
    public SaveResult<User> resetPassword(long userId, char[] password, char[] repeat) {
        permissions.requireCoordinator("reset a password");
        return setPassword(userId, password, repeat);
    }

    public void unlock(long userId) {
        permissions.requireCoordinator("unlock a login");
        repository.clearFailures(userId);
    }

    /** The signed-in person's own password, after they gave the current one. */
    public SaveResult<User> changeOwnPassword(char[] current, char[] password, char[] repeat) {
        Actor actor = permissions.actor();
        String stored = repository.passwordHash(actor.userId()).orElse("");
        if (!hasher.verify(current, stored)) {
            return SaveResult.invalid(Validation.builder()
                    .error("current", "access.user.error.current_password_wrong").build());
        }
        return setPassword(actor.userId(), password, repeat);
    }

    private SaveResult<User> setPassword(long userId, char[] password, char[] repeat) {
        Validation validation = UserRules.newPassword(password, repeat);
        if (!validation.isValid()) {
            return SaveResult.invalid(validation);
        }
        Optional<User> user = repository.find(userId);
        if (user.isEmpty()) {
            return new SaveResult.Gone<>(String.valueOf(userId));
        }
        repository.setPasswordHash(userId, hasher.hash(password));
        return new SaveResult.Saved<>(repository.find(userId).orElseThrow());
    }

    private SaveResult<User> insert(UserDraft draft, char[] password, char[] repeat) {
        Validation validation = UserRules.loginName(draft.loginName())
                .and(UserRules.details(draft.displayName(), draft.role(), draft.memberLibraryId()))
                .and(UserRules.newPassword(password, repeat));
        if (validation.errorFor("login").isEmpty() && repository.loginTaken(draft.loginName(), -1)) {
            validation = validation.and(Validation.builder()
                    .error("login", "access.user.error.login_taken", draft.loginName()).build());
        }
        if (!validation.isValid()) {
            return SaveResult.invalid(validation);
        }
        return new SaveResult.Saved<>(repository.insert(draft, hasher.hash(password)));
    }

    private Validation lastCoordinatorRule(User edited) {
        Optional<User> stored = repository.find(edited.id());
        boolean losesCoordinator = stored.map(User::isActiveCoordinator).orElse(false)
                && !edited.isActiveCoordinator();
        if (losesCoordinator && repository.countActiveCoordinators() <= 1) {
            String field = edited.active() ? "role" : "active";
            return Validation.builder().error(field, "access.user.error.last_coordinator").build();
        }
        return Validation.ok();
    }
}
