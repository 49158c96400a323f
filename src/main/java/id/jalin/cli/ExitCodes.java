package id.jalin.cli;

/** What a scheduled job can test for (decision record 0021); the README lists them for the server's keeper. */
public final class ExitCodes {
    public static final int OK = 0;
    /** The work failed: a file, the database, an archive refused; the message says which. */
    public static final int FAILURE = 1;
    /** The command line itself was wrong (picocli's own code for usage errors). */
    public static final int USAGE = 2;
    /** The Jalin user's role does not allow the command, or the database has no users yet. */
    public static final int NOT_PERMITTED = 3;
    /** The login was refused: wrong password, locked, disabled, or no password to give. */
    public static final int LOGIN_REFUSED = 4;

    private ExitCodes() {
    }
}
