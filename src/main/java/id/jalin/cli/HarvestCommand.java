package id.jalin.cli;

import id.jalin.catalogue.domain.LoadOutcome;
import id.jalin.catalogue.load.HoldingsLoading;
import id.jalin.member.domain.Library;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code harvest --all} or {@code harvest --member CODE}: members' catalogues pulled from their servers, for a
 * nightly job on the forum's server. A member whose server fails is reported and skipped; the others go on, and the
 * exit code says that one failed.
 */
@Command(name = "harvest", description = "Harvest members' catalogues from their servers (OAI-PMH, SLiMS) into the "
        + "union catalogue.")
final class HarvestCommand extends SessionCommand {
    /** Either every member with a catalogue address, or one member. */
    static final class Which {
        @Option(names = "--all", required = true, description = "Every member with a catalogue address.")
        boolean all;

        @Option(names = "--member", required = true, paramLabel = "<member code>")
        String member;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Which which;

    HarvestCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    int run(CliSession session) throws Exception {
        List<Library> members = which.all ? session.members().findAllLibraries()
                : List.of(member(session, which.member));
        if (!which.all && !members.get(0).catalogue().isSet()) {
            throw new CliFailure(ExitCodes.FAILURE, "catalogue.harvest.no_address");
        }
        List<String> failures = new ArrayList<>();
        HoldingsLoading loading = new HoldingsLoading(session.catalogue());
        List<LoadOutcome> outcomes = loading.harvestAll(members, new ProgressPrinter(env.err(),
                session.messages().get("catalogue.harvest.all_title")), (member, failure) -> {
                    String words = member.code() + ": " + session.messages().get(failure.messageKey(),
                            failure.args().toArray());
                    failures.add(words);
                    env.err().println(words);
                });
        for (LoadOutcome outcome : outcomes) {
            Library library = members.stream().filter(member -> member.id() == outcome.load().memberId())
                    .findFirst().orElseThrow();
            ImportHoldingsCommand.print(env.out(), session, library, outcome);
        }
        env.out().println(session.messages().get("catalogue.harvest.all_done", outcomes.size(), failures.size()));
        return failures.isEmpty() ? ExitCodes.OK : ExitCodes.FAILURE;
    }

    static Library member(CliSession session, String code) {
        return session.members().findMemberByCode(code).map(found -> found.library())
                .orElseThrow(() -> new CliFailure(ExitCodes.USAGE, "cli.users.unknownLibrary", code));
    }
}
