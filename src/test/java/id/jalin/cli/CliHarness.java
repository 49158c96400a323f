package id.jalin.cli;

import id.jalin.access.domain.PasswordHasher;
import id.jalin.kernel.db.ConnectionSettings;
import id.jalin.kernel.db.Database;
import id.jalin.kernel.settings.InMemoryPasswordVault;
import id.jalin.kernel.settings.Settings;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.prefs.Preferences;

/**
 * Runs the command line as a person or a cron job would, in this JVM: a workstation's own preferences node, the
 * environment variables and terminal answers the test sets, standard output and error captured.
 */
final class CliHarness {
    static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    static final PasswordHasher CHEAP = new PasswordHasher(new PasswordHasher.Cost(1024, 1, 1));

    record Result(int code, String out, String err) {
    }

    final Path folder;
    final Path h2;
    final Settings settings;
    final Map<String, String> env = new HashMap<>();
    /** What the terminal answers, in order; empty means there is no terminal (cron). */
    final Deque<String> answers = new ArrayDeque<>();
    Clock clock = Clock.fixed(LocalDateTime.parse("2026-12-01T02:00:00").atZone(JAKARTA).toInstant(), JAKARTA);

    CliHarness(Path folder) {
        this.folder = folder;
        this.h2 = folder.resolve("jalin");
        this.settings = new Settings(Preferences.userRoot().node("jalin-test/cli-" + UUID.randomUUID()));
    }

    Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CliEnvironment environment = new CliEnvironment(settings, folder.resolve("default/jalin"),
                InMemoryPasswordVault.none(), Map.copyOf(env),
                question -> Optional.ofNullable(answers.poll()).map(String::toCharArray),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                clock, CHEAP);
        int code = JalinCli.run(args, environment);
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Runs as {@code login} with the password in JALIN_PASSWORD, on the test's H2 file. */
    Result as(String login, String password, String... command) {
        env.put("JALIN_PASSWORD", password);
        String[] args = new String[command.length + 4];
        System.arraycopy(command, 0, args, 0, command.length);
        args[command.length] = "--h2-file";
        args[command.length + 1] = h2.toString();
        args[command.length + 2] = "--user";
        args[command.length + 3] = login;
        try {
            return run(args);
        } finally {
            env.remove("JALIN_PASSWORD");
        }
    }

    /** Opens the H2 file between runs to look at what is stored (the run has closed it). */
    <T> T stored(Function<Database, T> read) {
        try (Database database = Database.open(ConnectionSettings.embedded(h2))) {
            return read.apply(database);
        }
    }
}
