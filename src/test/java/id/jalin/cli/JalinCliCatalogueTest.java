package id.jalin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.catalogue.harvest.FixtureServer;
import id.jalin.kernel.audit.TestAudit;
import id.jalin.member.data.JooqMemberRepository;
import id.jalin.member.domain.CatalogueAddress;
import id.jalin.member.domain.CatalogueServerKind;
import id.jalin.member.domain.Libraries;
import id.jalin.member.domain.Member;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The union catalogue's nightly job: {@code harvest --all} pulls every member with a catalogue address from its
 * server (here a Koha played on the loopback address), reports and skips a member whose server fails, and says so
 * in its exit code; {@code import --member} loads a file.
 */
class JalinCliCatalogueTest {
    private static final String OAI = "/cgi-bin/koha/oai.pl";

    @TempDir
    Path folder;

    private CliHarness cli;
    private final FixtureServer koha = FixtureServer.start();

    @BeforeEach
    void forumWithThreeMembers() {
        cli = new CliHarness(folder);
        cli.env.put("JALIN_NEW_PASSWORD", JalinCliTest.COORDINATOR_PASSWORD);
        assertThat(cli.run("users", "add", "--first-coordinator", "--login", "koordinator", "--name", "Dewi",
                "--h2-file", cli.h2.toString()).code()).isZero();
        cli.env.remove("JALIN_NEW_PASSWORD");
        koha.on(OAI + "?verb=ListMetadataFormats", "koha-list-metadata-formats.xml")
                .on(OAI + "?verb=ListRecords&metadataPrefix=marcxml", "koha-marcxml-page1.xml")
                .on(OAI + "?verb=ListRecords&resumptionToken=marcxml%2F2%2F1970-01-01T00%3A00%3A00Z%2F"
                        + "2026-12-01T23%3A59%3A59Z%2F%2F0%2F1003", "koha-marcxml-page2.xml")
                .onStatus("/down/oai.pl?verb=ListMetadataFormats", 500, "Internal Server Error");
        cli.stored(database -> {
            var register = new JooqMemberRepository(database.dsl(), TestAudit.TRAIL);
            register.save(new Member(Libraries.library("UNPAD", "Perpustakaan Unpad").withCatalogue(
                    new CatalogueAddress(koha.address(OAI).toString(), CatalogueServerKind.KOHA)), java.util.List.of()));
            register.save(new Member(Libraries.library("ITB", "Perpustakaan ITB").withCatalogue(
                    new CatalogueAddress(koha.address("/down/oai.pl").toString(), CatalogueServerKind.KOHA)),
                    java.util.List.of()));
            register.save(new Member(Libraries.library("UNIKOM", "Perpustakaan Unikom"), java.util.List.of()));
            return null;
        });
    }

    @AfterEach
    void stop() {
        koha.close();
    }

    @Test
    void harvestAllGoesOnPastAFailingServerAndSaysSoInItsExitCode() {
        CliHarness.Result result = cli.as("koordinator", JalinCliTest.COORDINATOR_PASSWORD, "harvest",
                "--all", "--lang", "en");

        assertThat(result.code()).as(result.err()).isEqualTo(ExitCodes.FAILURE);
        assertThat(result.out()).contains("UNPAD: 3 records stored").contains("1 members harvested, 1 could not be");
        assertThat(result.err()).contains("ITB: ");
        int stored = cli.stored(database -> database.dsl().fetchCount(
                id.jalin.kernel.db.generated.Tables.CATALOGUE_RECORD));
        assertThat(stored).isEqualTo(3);
    }

    @Test
    void importLoadsAMembersFileAndListsWhatItSetAside() throws Exception {
        Path file = Path.of(getClass().getResource("/id/jalin/catalogue/source/chabon-broken.mrc").toURI());

        CliHarness.Result result = cli.as("koordinator", JalinCliTest.COORDINATOR_PASSWORD, "import",
                "--member", "UNIKOM", "--lang", "en", file.toString());

        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.out()).contains("UNIKOM: 2 records stored").contains("4 set aside").contains("  #2 ")
                .contains("appears twice");
    }
}
