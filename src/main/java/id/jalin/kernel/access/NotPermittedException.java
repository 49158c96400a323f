package id.jalin.kernel.access;

/**
 * A service refused an operation because the current person's role does not allow it. Screens show
 * {@code failure.reason.not_permitted}; the message here is for the log and the details only.
 */
public final class NotPermittedException extends RuntimeException {
    private final Role role;

    public NotPermittedException(Role role, String operation) {
        super("Role " + role + " may not " + operation);
        this.role = role;
    }

    public Role role() {
        return role;
    }
}
