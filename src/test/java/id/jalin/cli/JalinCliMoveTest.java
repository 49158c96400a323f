package id.jalin.cli;

import static id.jalin.kernel.db.generated.Tables.AUDIT_ENTRY;
import static id.jalin.kernel.db.generated.Tables.JALIN_USER;
import static id.jalin.kernel.db.generated.Tables.LIBRARY;
import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.app.DemoData;
import id.jalin.kernel.db.ConnectionSettings;
import id.jalin.kernel.db.Database;
import id.jalin.kernel.db.TestDatabases;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code move-to} from an embedded file into an empty database on the embedded PostgreSQL, and the commands run
 * against the server afterwards with the {@code --pg-*} options.
 */
class JalinCliMoveTest {
    @TempDir
    Path folder;

    @Test
    void moveToCopiesEverythingIntoAnEmptyServerDatabaseAndTheServerCanThenBeChecked() {
        CliHarness cli = new CliHarness(folder);
        int libraries = cli.stored(database -> {
            DemoData.load(database);
            return database.dsl().fetchCount(LIBRARY);
        });
        cli.env.put("JALIN_NEW_PASSWORD", "rahasia-koordinator");
        assertThat(cli.run("users", "add", "--first-coordinator", "--login", "koordinator", "--name",
                "Dewi Koordinator", "--h2-file", cli.h2.toString()).code()).isZero();
        ConnectionSettings server = TestDatabases.newPostgresSettings();
        // The test server trusts local connections; the variable still has to be there, as on a real server.
        cli.env.put("JALIN_PG_PASSWORD", "diabaikan-oleh-trust");

        CliHarness.Result moved = cli.as("koordinator", "rahasia-koordinator", "move-to", "--to-host",
                server.host(), "--to-port", Integer.toString(server.port()), "--to-database", server.database(),
                "--to-user", server.user());

        assertThat(moved.code()).as(moved.err()).isZero();
        assertThat(moved.out()).contains("library").contains("jalin_user").contains("cocok")
                .contains("0 berbeda").contains("sudah diperiksa");
        assertThat(moved.err()).contains("Memindahkan: 100%");
        try (Database target = Database.open(server)) {
            assertThat(target.dsl().fetchCount(LIBRARY)).isEqualTo(libraries);
            assertThat(target.dsl().fetchCount(JALIN_USER)).isEqualTo(1);
            assertThat(target.dsl().fetchCount(AUDIT_ENTRY)).isPositive();
        }
        int embeddedLibraries = cli.stored(database -> database.dsl().fetchCount(LIBRARY));
        assertThat(embeddedLibraries).isEqualTo(libraries);

        CliHarness.Result again = cli.as("koordinator", "rahasia-koordinator", "move-to", "--to-host",
                server.host(), "--to-port", Integer.toString(server.port()), "--to-database", server.database(),
                "--to-user", server.user());
        assertThat(again.code()).isEqualTo(ExitCodes.FAILURE);
        assertThat(again.err()).contains("tidak kosong");

        cli.env.put("JALIN_PASSWORD", "rahasia-koordinator");
        CliHarness.Result check = cli.run("check", "--pg-host", server.host(), "--pg-port",
                Integer.toString(server.port()), "--pg-database", server.database(), "--pg-user", server.user(),
                "--user", "koordinator", "--lang", "en");
        assertThat(check.code()).as(check.err()).isZero();
        assertThat(check.err()).contains("Opening PostgreSQL " + server.user() + "@" + server.host());
        assertThat(check.out()).contains("the database is in order");
    }

    @Test
    void aServerThatCannotBeReachedIsOneLineInWords() {
        CliHarness cli = new CliHarness(folder);
        cli.env.put("JALIN_PG_PASSWORD", "x");
        cli.env.put("JALIN_PASSWORD", "x");

        CliHarness.Result failed = cli.run("check", "--pg-host", "127.0.0.1", "--pg-port", "1", "--pg-database",
                "jalin", "--pg-user", "jalin", "--user", "koordinator", "--lang", "en");

        assertThat(failed.code()).isEqualTo(ExitCodes.FAILURE);
        assertThat(failed.err()).contains("jalin: The database server cannot be reached")
                .doesNotContain("Exception");
    }
}
