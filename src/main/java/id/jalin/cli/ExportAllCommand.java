package id.jalin.cli;

import id.jalin.kernel.db.transfer.TransferReport;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Everything into one archive (the backup format), from either kind of database. */
@Command(name = "export-all", description = "Export everything into one archive that restore reads back.")
final class ExportAllCommand extends SessionCommand {
    @Parameters(index = "0", paramLabel = "<file>")
    Path file;

    ExportAllCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    int run(CliSession session) throws Exception {
        TransferReport report = session.dataCare().exportAll(file.toAbsolutePath(),
                new ProgressPrinter(env.err(), session.messages().get("cli.progress.export")));
        new ReportPrinter(env.out(), session.messages()).print(report);
        env.out().println(session.messages().get("cli.export.done", file.toAbsolutePath()));
        return report.allMatch() ? ExitCodes.OK : ExitCodes.FAILURE;
    }
}
