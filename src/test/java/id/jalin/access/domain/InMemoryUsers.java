package id.jalin.access.domain;

import id.jalin.kernel.concurrency.RecordGoneException;
import id.jalin.kernel.concurrency.StaleRecordException;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Users in a map, for the rules' tests; the jOOQ repository has its own test on both databases. */
final class InMemoryUsers implements UserRepository {
    private final Map<Long, User> users = new LinkedHashMap<>();
    private final Map<Long, String> hashes = new LinkedHashMap<>();
    private long next = 1;

    @Override
    public long count() {
        return users.size();
    }

    @Override
    public long countActiveCoordinators() {
        return users.values().stream().filter(User::isActiveCoordinator).count();
    }

    @Override
    public List<User> all() {
        return users.values().stream().sorted(Comparator.comparing(User::displayName)).toList();
    }

    @Override
    public Optional<User> find(long id) {
        return Optional.ofNullable(users.get(id));
    }

    @Override
    public Optional<User> findByLogin(String loginName) {
        return users.values().stream().filter(u -> u.loginName().equalsIgnoreCase(loginName.strip())).findFirst();
    }

    @Override
    public Optional<String> passwordHash(long id) {
        return Optional.ofNullable(hashes.get(id));
    }

    @Override
    public boolean loginTaken(String loginName, long exceptId) {
        return users.values().stream().anyMatch(u -> u.id() != exceptId
                && u.loginName().toLowerCase(Locale.ROOT).equals(loginName.strip().toLowerCase(Locale.ROOT)));
    }

    @Override
    public User insert(UserDraft draft, String passwordHash) {
        User user = new User(next++, draft.loginName(), draft.displayName(), draft.role(), draft.memberLibraryId(),
                true, 0, null, 0);
        users.put(user.id(), user);
        hashes.put(user.id(), passwordHash);
        return user;
    }

    @Override
    public User update(User user) {
        User stored = users.get(user.id());
        if (stored == null) {
            throw new RecordGoneException(user.loginName());
        }
        if (stored.version() != user.version()) {
            throw new StaleRecordException(user.loginName());
        }
        User saved = new User(user.id(), stored.loginName(), user.displayName(), user.role(), user.memberLibraryId(),
                user.active(), stored.failedAttempts(), stored.lockedUntil(), stored.version() + 1);
        users.put(saved.id(), saved);
        return saved;
    }

    @Override
    public void setPasswordHash(long id, String passwordHash) {
        hashes.put(id, passwordHash);
        clearFailures(id);
    }

    @Override
    public void rehashPassword(long id, String passwordHash) {
        hashes.put(id, passwordHash);
    }

    @Override
    public int recordFailure(long id) {
        User u = users.get(id);
        users.put(id, new User(u.id(), u.loginName(), u.displayName(), u.role(), u.memberLibraryId(), u.active(),
                u.failedAttempts() + 1, u.lockedUntil(), u.version()));
        return u.failedAttempts() + 1;
    }

    @Override
    public void lock(long id, Instant until) {
        User u = users.get(id);
        users.put(id, new User(u.id(), u.loginName(), u.displayName(), u.role(), u.memberLibraryId(), u.active(),
                0, until, u.version()));
    }

    @Override
    public void clearFailures(long id) {
        User u = users.get(id);
        users.put(id, new User(u.id(), u.loginName(), u.displayName(), u.role(), u.memberLibraryId(), u.active(),
                0, null, u.version()));
    }
}
