package id.jalin.kernel.access;

/**
 * Who is working now, handed to every service through the object graph (never a static). The app's
 * implementation follows log in, log out and switch user; tests pass a fixed actor with {@link #of(Actor)}.
 */
@FunctionalInterface
public interface CurrentActor {
    /** The signed-in person; throws {@link NotPermittedException} when nobody is signed in. */
    Actor actor();

    static CurrentActor of(Actor actor) {
        return () -> actor;
    }
}
