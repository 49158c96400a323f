package id.jalin.kernel.access;

/**
 * The forum's rules on who may change what, in one place, so that every service asks the same question the same
 * way. Reading is open to every signed-in role; these checks guard changes. Each throws
 * {@link NotPermittedException} naming the operation, for the log.
 */
public final class Permissions {
    private final CurrentActor current;

    public Permissions(CurrentActor current) {
        this.current = current;
    }

    public Actor actor() {
        return current.actor();
    }

    /** Users and forum settings: the coordinator only. */
    public Actor requireCoordinator(String operation) {
        Actor actor = current.actor();
        if (actor.role() != Role.COORDINATOR) {
            throw new NotPermittedException(actor.role(), operation);
        }
        return actor;
    }

    /** Forum-wide records no single library owns (agreements, the register itself): coordinator or secretary. */
    public Actor requireForumStaff(String operation) {
        Actor actor = current.actor();
        if (actor.role() != Role.COORDINATOR && actor.role() != Role.SECRETARY) {
            throw new NotPermittedException(actor.role(), operation);
        }
        return actor;
    }

    /** A record that belongs to one member library: forum staff, or that library's own staff. */
    public Actor requireLibrary(long libraryId, String operation) {
        Actor actor = current.actor();
        if (!mayChangeLibrary(actor, libraryId)) {
            throw new NotPermittedException(actor.role(), operation);
        }
        return actor;
    }

    /** For screens: whether to offer a change at all (the service checks again). */
    public boolean mayChangeLibrary(long libraryId) {
        return mayChangeLibrary(current.actor(), libraryId);
    }

    public boolean mayChangeForumRecords() {
        Role role = current.actor().role();
        return role == Role.COORDINATOR || role == Role.SECRETARY;
    }

    public boolean mayAdminister() {
        return current.actor().role() == Role.COORDINATOR;
    }

    private static boolean mayChangeLibrary(Actor actor, long libraryId) {
        return switch (actor.role()) {
            case COORDINATOR, SECRETARY -> true;
            case MEMBER_STAFF -> actor.memberLibraryId() == libraryId;
            case READ_ONLY -> false;
        };
    }
}
