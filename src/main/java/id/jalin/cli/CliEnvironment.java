package id.jalin.cli;

import id.jalin.access.domain.PasswordHasher;
import id.jalin.kernel.settings.DataFolder;
import id.jalin.kernel.settings.KeyringPasswordVault;
import id.jalin.kernel.settings.PasswordVault;
import id.jalin.kernel.settings.Settings;
import java.io.Console;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * What a command-line run reads from and writes to outside its arguments: the workstation's preferences (which
 * database, which language), the environment variables that may carry passwords, the terminal to ask them at, and
 * the two output streams. Tests hand in their own.
 */
public record CliEnvironment(Settings settings, Path defaultH2File, PasswordVault vault, Map<String, String> env,
                             PasswordPrompt prompt, PrintStream out, PrintStream err, Clock clock,
                             PasswordHasher hasher) {

    /** Asks for a password without echo; empty when there is no terminal to ask at (cron, a scheduled task). */
    @FunctionalInterface
    public interface PasswordPrompt {
        Optional<char[]> ask(String question);
    }

    /** The real workstation: its preferences, its keyring, the process's environment, the console. */
    public static CliEnvironment system() {
        return new CliEnvironment(Settings.forUser(), DataFolder.defaultDatabaseFile(), new KeyringPasswordVault(),
                System.getenv(), CliEnvironment::askConsole, System.out, System.err, Clock.systemDefaultZone(),
                new PasswordHasher());
    }

    private static Optional<char[]> askConsole(String question) {
        Console console = System.console();
        if (console == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(console.readPassword("%s: ", question));
    }

    /** An environment variable's value, when set and not blank. */
    public Optional<String> variable(String name) {
        String value = env.get(name);
        return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value);
    }
}
