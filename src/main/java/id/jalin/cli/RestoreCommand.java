package id.jalin.cli;

import id.jalin.kernel.db.transfer.ArchiveManifest;
import id.jalin.transfer.domain.RestoreDone;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Replaces everything with an archive's rows, after a backup of the current state. The app asks for confirmation;
 * here {@code --yes} is that confirmation, so a mistyped command never replaces a forum's data.
 */
@Command(name = "restore", description = "Restore a backup or export archive, after backing up the current state.")
final class RestoreCommand extends SessionCommand {
    @Parameters(index = "0", paramLabel = "<archive>")
    Path archive;

    @Option(names = "--yes", description = "Confirm that everything in the database is replaced by the archive.")
    boolean confirmed;

    RestoreCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    int run(CliSession session) throws Exception {
        if (!Files.isRegularFile(archive)) {
            throw new CliFailure(ExitCodes.FAILURE, "cli.error.noFile", archive.toAbsolutePath());
        }
        ArchiveManifest manifest = session.dataCare().describe(archive);
        if (!confirmed) {
            throw new CliFailure(ExitCodes.FAILURE, "cli.restore.confirm", archive.getFileName(), manifest.rows());
        }
        RestoreDone done = session.dataCare().restore(archive,
                new ProgressPrinter(env.err(), session.messages().get("cli.progress.restore")));
        new ReportPrinter(env.out(), session.messages()).print(done.report());
        env.out().println(session.messages().get("cli.restore.done", archive.toAbsolutePath(),
                done.backupBefore().toAbsolutePath()));
        return ExitCodes.OK;
    }
}
