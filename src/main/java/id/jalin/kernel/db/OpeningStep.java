package id.jalin.kernel.db;

/** Where opening a database has got to, for a start window to say while it waits. */
public enum OpeningStep {
    /** Reaching the file or the server. */
    CONNECTING,
    /** Bringing the schema up to date with Flyway (creates it on a new database). */
    MIGRATING
}
