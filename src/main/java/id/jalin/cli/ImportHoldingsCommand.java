package id.jalin.cli;

import id.jalin.catalogue.domain.HoldingsSource;
import id.jalin.catalogue.domain.LoadOutcome;
import id.jalin.catalogue.load.HoldingsLoading;
import id.jalin.catalogue.source.CsvLayout;
import id.jalin.kernel.importing.ImportRefusedException;
import id.jalin.kernel.importing.RejectedRow;
import id.jalin.kernel.validation.FieldError;
import id.jalin.member.domain.Library;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code import --member CODE FILE}: a member's holdings file into the union catalogue, as the window's load. */
@Command(name = "import", description = "Load a member's holdings file (MARC21, MARCXML, SLiMS CSV, Jalin CSV) into "
        + "the union catalogue, replacing its earlier holdings.")
final class ImportHoldingsCommand extends SessionCommand {
    @Option(names = "--member", required = true, paramLabel = "<member code>")
    String member;

    @Option(names = "--format", paramLabel = "MARC21|MARCXML|SLIMS_CSV|JALIN_CSV", defaultValue = "MARC21")
    HoldingsSource format;

    @Option(names = "--separator", paramLabel = "<text>", defaultValue = ",", description = "SLiMS CSV only.")
    String separator;

    @Option(names = "--enclosure", paramLabel = "<char>", defaultValue = "\"", description = "SLiMS CSV only.")
    char enclosure;

    @Parameters(index = "0", paramLabel = "FILE")
    Path file;

    ImportHoldingsCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    int run(CliSession session) throws Exception {
        Library library = HarvestCommand.member(session, member);
        if (!Files.isRegularFile(file)) {
            throw new CliFailure(ExitCodes.USAGE, "catalogue.load.file_not_found");
        }
        CsvLayout layout;
        try {
            layout = new CsvLayout(separator, enclosure);
        } catch (IllegalArgumentException e) {
            throw new CliFailure(ExitCodes.USAGE, "catalogue.load.separator_invalid");
        }
        LoadOutcome outcome;
        try {
            outcome = new HoldingsLoading(session.catalogue()).loadFile(library.id(), format, layout, file,
                    new ProgressPrinter(env.err(), session.messages().get("catalogue.load.progress",
                            file.getFileName())));
        } catch (ImportRefusedException refused) {
            throw CliFailure.inWords(ExitCodes.FAILURE, session.messages().get("catalogue.load.refused",
                    refused.reasons().stream().map(reason -> words(session, reason)).collect(Collectors.joining("; "))));
        }
        print(env.out(), session, library, outcome);
        return ExitCodes.OK;
    }

    /** One line for the member's load, then one per record set aside with its position and reasons. */
    static void print(java.io.PrintStream out, CliSession session, Library library, LoadOutcome outcome) {
        out.println(library.code() + ": " + session.messages().get("catalogue.load.summary", outcome.stored(),
                outcome.matched(), outcome.flagged(), outcome.rejected().size()));
        for (RejectedRow row : outcome.rejected()) {
            out.println("  #" + row.rowNumber() + " " + row.reasons().stream()
                    .map(reason -> words(session, reason)).collect(Collectors.joining("; ")));
        }
    }

    static String words(CliSession session, FieldError reason) {
        return session.messages().get(reason.messageKey(), reason.args().toArray());
    }
}
