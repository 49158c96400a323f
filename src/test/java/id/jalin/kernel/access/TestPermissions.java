package id.jalin.kernel.access;

/** Permissions for services built in tests: as the coordinator where the test is not about roles. */
public final class TestPermissions {
    public static final Permissions AS_COORDINATOR = new Permissions(TestActors.AS_COORDINATOR);

    private TestPermissions() {
    }

    public static Permissions as(Actor actor) {
        return new Permissions(CurrentActor.of(actor));
    }
}
