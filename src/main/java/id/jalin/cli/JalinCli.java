package id.jalin.cli;

import java.io.PrintWriter;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Jalin without its window, for the person who keeps the forum's server: backups from cron or the Windows task
 * scheduler, restore, export, the move to a server, a check of the database, users. The same services as the app,
 * as a signed-in Jalin user (decision record 0021). The app image's launcher hands over here when its first
 * argument is one of {@link #COMMANDS}; {@code mvn exec:java} and the {@code jalin-cli} launcher call
 * {@link #main} directly.
 */
@Command(name = "jalin", mixinStandardHelpOptions = true, version = "Jalin",
        description = "Jalin from the command line. Exit codes: 0 ok, 1 failure, 2 usage, 3 not permitted, "
                + "4 login refused.")
public final class JalinCli implements Runnable {
    /** The first arguments the launcher recognises as a command rather than the app's own arguments. */
    public static final Set<String> COMMANDS = Set.of("backup", "restore", "move-to", "export-all", "check", "users",
            "import", "harvest", "--help", "-h", "--version", "-V");

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        int code = run(args, CliEnvironment.system());
        System.exit(code);
    }

    /** Whether the launcher should run these arguments here instead of opening the window. */
    public static boolean isCommand(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }

    /** Runs one command; returns its exit code ({@link ExitCodes}). */
    public static int run(String[] args, CliEnvironment env) {
        QuietConsoleLog.apply();
        CommandLine line = new CommandLine(new JalinCli())
                .addSubcommand("backup", new BackupCommand(env))
                .addSubcommand("restore", new RestoreCommand(env))
                .addSubcommand("export-all", new ExportAllCommand(env))
                .addSubcommand("move-to", new MoveToCommand(env))
                .addSubcommand("check", new CheckCommand(env))
                .addSubcommand("import", new ImportHoldingsCommand(env))
                .addSubcommand("harvest", new HarvestCommand(env))
                .addSubcommand("users", new CommandLine(new UsersCommand())
                        .addSubcommand("add", new UsersCommand.Add(env))
                        .addSubcommand("disable", new UsersCommand.Disable(env))
                        .addSubcommand("reset-password", new UsersCommand.ResetPassword(env))
                        .addSubcommand("list", new UsersCommand.ListUsers(env)));
        line.setCaseInsensitiveEnumValuesAllowed(true);
        line.setOut(new PrintWriter(env.out(), true));
        line.setErr(new PrintWriter(env.err(), true));
        line.setExecutionExceptionHandler(new FailureHandler(env));
        return line.execute(args);
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: backup, restore, export-all, move-to, "
                + "check, users, import or harvest");
    }
}
