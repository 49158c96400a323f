package id.jalin.cli;

import id.jalin.kernel.i18n.Messages;
import java.util.Arrays;
import java.util.Optional;

/** Where the command line takes passwords from: an environment variable, else the terminal without echo. */
final class Passwords {
    /** The Jalin user's password. */
    static final String JALIN_PASSWORD = "JALIN_PASSWORD";
    /** The PostgreSQL server's password (the database opened, or the target of move-to). */
    static final String SERVER_PASSWORD = "JALIN_PG_PASSWORD";
    /** A new user's password, or a new password a coordinator gives (users add, users reset-password). */
    static final String NEW_PASSWORD = "JALIN_NEW_PASSWORD";

    private final CliEnvironment env;
    private final Messages messages;

    Passwords(CliEnvironment env, Messages messages) {
        this.env = env;
        this.messages = messages;
    }

    Optional<char[]> from(String variable, String questionKey, Object... arguments) {
        Optional<String> set = env.variable(variable);
        if (set.isPresent()) {
            return set.map(String::toCharArray);
        }
        return env.prompt().ask(messages.get(questionKey, arguments));
    }

    /** The server password, or a failure saying where to put it. */
    String server(String where) {
        char[] password = from(SERVER_PASSWORD, "cli.prompt.serverPassword", where)
                .orElseThrow(() -> new CliFailure(ExitCodes.FAILURE, "cli.error.noServerPassword", where,
                        SERVER_PASSWORD));
        return new String(password);
    }

    /**
     * A new password: the variable once (a script has nobody to type it twice), or typed twice at the terminal.
     * Returns {password, repeat}; the caller wipes both.
     */
    char[][] newPassword(String login) {
        Optional<String> set = env.variable(NEW_PASSWORD);
        if (set.isPresent()) {
            return new char[][] {set.get().toCharArray(), set.get().toCharArray()};
        }
        char[] first = env.prompt().ask(messages.get("cli.prompt.newPassword", login))
                .orElseThrow(() -> new CliFailure(ExitCodes.FAILURE, "cli.error.noNewPassword", NEW_PASSWORD));
        char[] repeat = env.prompt().ask(messages.get("cli.prompt.repeatPassword", login))
                .orElseGet(() -> new char[0]);
        return new char[][] {first, repeat};
    }

    static void wipe(char[]... passwords) {
        for (char[] password : passwords) {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
    }
}
