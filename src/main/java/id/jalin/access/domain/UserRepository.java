package id.jalin.access.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Storage of users. Login names are compared without regard to case. */
public interface UserRepository {
    /** How many users exist, active or not; none means the first coordinator is still to be created. */
    long count();

    long countActiveCoordinators();

    /** All users, by display name. */
    List<User> all();

    Optional<User> find(long id);

    Optional<User> findByLogin(String loginName);

    /** The stored password hash, for verification only. */
    Optional<String> passwordHash(long id);

    /** Whether another user (not {@code exceptId}) has this login name in any case. */
    boolean loginTaken(String loginName, long exceptId);

    User insert(UserDraft draft, String passwordHash);

    /**
     * Stores display name, role, library and active flag when the row still has the version it was opened with.
     *
     * @throws id.jalin.kernel.concurrency.StaleRecordException when someone saved it since
     * @throws id.jalin.kernel.concurrency.RecordGoneException  when it no longer exists
     */
    User update(User user);

    /** A new password; also ends any lock-out. */
    void setPasswordHash(long id, String passwordHash);

    /** Stores a stronger hash of the same password at a login (not a change anyone made: not audited). */
    void rehashPassword(long id, String passwordHash);

    /** Counts one more wrong password atomically (two desks may fail at once); returns the new count. */
    int recordFailure(long id);

    /** Locks the login until then and starts the count afresh. */
    void lock(long id, Instant until);

    /** Forgets wrong passwords and any lock (after a good password, or a coordinator's unlock). */
    void clearFailures(long id);
}
