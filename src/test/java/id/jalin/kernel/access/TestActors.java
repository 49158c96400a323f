package id.jalin.kernel.access;

/** The people tests act as: one of each role. Member staff need a library id from the test's own data. */
public final class TestActors {
    public static final Actor COORDINATOR = new Actor(1, "koordinator", "Dewi Koordinator", Role.COORDINATOR, null);
    public static final Actor SECRETARY = new Actor(2, "sekretaris", "Sari Sekretaris", Role.SECRETARY, null);
    public static final Actor READ_ONLY = new Actor(4, "tamu", "Tamu Baca", Role.READ_ONLY, null);
    public static final CurrentActor AS_COORDINATOR = CurrentActor.of(COORDINATOR);

    private TestActors() {
    }

    public static Actor staffOf(long libraryId) {
        return new Actor(3, "staf" + libraryId, "Staf Perpustakaan " + libraryId, Role.MEMBER_STAFF, libraryId);
    }
}
