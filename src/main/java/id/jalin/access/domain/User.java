package id.jalin.access.domain;

import id.jalin.kernel.access.Actor;
import id.jalin.kernel.access.Role;
import java.time.Instant;
import java.util.Objects;

/**
 * A person who logs in to Jalin, as stored (without the password hash, which never leaves the repository except to
 * be verified). {@code lockedUntil} is set while the login is locked after repeated wrong passwords.
 */
public record User(long id, String loginName, String displayName, Role role, Long memberLibraryId, boolean active,
                   int failedAttempts, Instant lockedUntil, int version) {
    public User {
        Objects.requireNonNull(loginName, "loginName");
        Objects.requireNonNull(role, "role");
        if (role != Role.MEMBER_STAFF) {
            memberLibraryId = null;
        }
    }

    public Actor toActor() {
        return new Actor(id, loginName, displayName, role, memberLibraryId);
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public boolean isActiveCoordinator() {
        return active && role == Role.COORDINATOR;
    }

    /** The same person with the details a coordinator edits; the version stays that of the row as opened. */
    public User withDetails(String newDisplayName, Role newRole, Long newLibraryId) {
        return new User(id, loginName, newDisplayName, newRole, newLibraryId, active, failedAttempts, lockedUntil,
                version);
    }

    public User withActive(boolean nowActive) {
        return new User(id, loginName, displayName, role, memberLibraryId, nowActive, failedAttempts, lockedUntil,
                version);
    }
}
