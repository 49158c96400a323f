package id.jalin.cli;

import id.jalin.transfer.domain.BackupDone;
import picocli.CommandLine.Command;

/** A backup into the backups folder beside the embedded database, the oldest beyond the number to keep deleted. */
@Command(name = "backup", description = "Back up the database into the backups folder (as the app's Back up now).")
final class BackupCommand extends SessionCommand {
    BackupCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    int run(CliSession session) throws Exception {
        BackupDone done = session.dataCare().backupNow(
                new ProgressPrinter(env.err(), session.messages().get("cli.progress.backup")));
        new ReportPrinter(env.out(), session.messages()).print(done.report());
        env.out().println(session.messages().get("cli.backup.done", done.file().toAbsolutePath()));
        return done.report().allMatch() ? ExitCodes.OK : ExitCodes.FAILURE;
    }
}
