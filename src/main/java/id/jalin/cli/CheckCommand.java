package id.jalin.cli;

import id.jalin.kernel.db.transfer.DatabaseCheck;
import picocli.CommandLine.Command;

/**
 * Opens the database (which migrates it), then reads every table whole: rows counted against rows read, and each
 * table's checksum, the same figure an archive's manifest carries. Any signed-in role may check.
 */
@Command(name = "check", description = "Open and migrate the database, read every table and print its figures.")
final class CheckCommand extends SessionCommand {
    CheckCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    int run(CliSession session) {
        DatabaseCheck.Result result = new DatabaseCheck().run(session.database(),
                new ProgressPrinter(env.err(), session.messages().get("cli.progress.check")));
        env.out().println(session.messages().get("cli.check.version", result.schemaVersion()));
        new ReportPrinter(env.out(), session.messages()).print(result.report());
        env.out().println(session.messages().get(result.allMatch() ? "cli.check.ok" : "cli.check.failed"));
        return result.allMatch() ? ExitCodes.OK : ExitCodes.FAILURE;
    }
}
