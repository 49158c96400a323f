package id.jalin.access.domain;

import id.jalin.kernel.access.Actor;
import id.jalin.kernel.access.CurrentActor;
import id.jalin.kernel.access.NotPermittedException;
import java.util.Optional;

/**
 * The person signed in at this desk, as the app hands it to every service: it follows log in, log out and switch
 * user. Read from background threads, written on the FX thread, hence volatile. Nobody signed in means every
 * service call is refused, never run as somebody.
 */
public final class SignedInUser implements CurrentActor {
    private volatile Actor actor;

    @Override
    public Actor actor() {
        Actor now = actor;
        if (now == null) {
            throw new NotPermittedException(null, "act without signing in");
        }
        return now;
    }

    public Optional<Actor> current() {
        return Optional.ofNullable(actor);
    }

    public void signIn(Actor signedIn) {
        this.actor = java.util.Objects.requireNonNull(signedIn);
    }

    public void signOut() {
        this.actor = null;
    }
}
