package id.jalin.kernel.db;

import id.jalin.kernel.i18n.Labels;

/** The database could not be opened; {@link #reason()} says why in terms a coordinator can act on. */
public class DatabaseUnavailableException extends RuntimeException {
    @Labels({"startup.error", "settings.test.failed"})
    public enum Reason { IN_USE_BY_ANOTHER_JALIN, SERVER_UNREACHABLE, LOGIN_REFUSED, DATABASE_MISSING, OTHER }

    private final Reason reason;

    public DatabaseUnavailableException(Reason reason, String detail, Throwable cause) {
        super(detail, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
