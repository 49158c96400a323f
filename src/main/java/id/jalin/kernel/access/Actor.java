package id.jalin.kernel.access;

import java.util.Objects;
import java.util.Optional;

/**
 * The person a service acts for: a signed-in Jalin user. Every "recorded by", "announced by" and "issued by" is
 * taken from here, never typed. {@code memberLibraryId} is set for member staff only: the library whose records
 * they may change.
 */
public record Actor(long userId, String loginName, String displayName, Role role, Long memberLibraryId) {
    public Actor {
        Objects.requireNonNull(loginName, "loginName");
        Objects.requireNonNull(role, "role");
        displayName = displayName == null || displayName.isBlank() ? loginName : displayName.strip();
        if (role == Role.MEMBER_STAFF && memberLibraryId == null) {
            throw new IllegalArgumentException("Member staff belong to a member library");
        }
        if (role != Role.MEMBER_STAFF) {
            memberLibraryId = null;
        }
    }

    public Optional<Long> library() {
        return Optional.ofNullable(memberLibraryId);
    }

    /** The name printed and stored as who did something. */
    public String signature() {
        return displayName;
    }
}
