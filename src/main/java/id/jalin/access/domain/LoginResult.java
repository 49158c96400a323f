package id.jalin.access.domain;

import id.jalin.kernel.access.Actor;
import java.time.Instant;

/** What became of a login attempt. */
public sealed interface LoginResult {
    record SignedIn(Actor actor) implements LoginResult {
    }

    /** {@code lockedUntil} is set for {@link LoginRefusal#LOCKED} only. */
    record Refused(LoginRefusal reason, Instant lockedUntil) implements LoginResult {
    }
}
