package id.jalin.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import id.jalin.forum.domain.ForumSettings;
import id.jalin.kernel.access.TestActors;
import id.jalin.kernel.db.ConnectionSettings;
import id.jalin.kernel.db.Database;
import id.jalin.kernel.money.Money;
import id.jalin.kernel.ui.FailureReason;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.MonthDay;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A desk works on a shared server that goes away under a running service and comes back: the work in between fails
 * as "the server cannot be reached", and once the server runs again the same Database (its pool) serves the next
 * call without a restart of Jalin. Opened through the real open path (the pool and Flyway), as the app opens it.
 */
class ServerComesBackTest {
    private Path dataDirectory;
    private int port;
    private EmbeddedPostgres server;
    private Database database;

    @BeforeEach
    void startServer() throws IOException {
        dataDirectory = Files.createTempDirectory("jalin-pg-restart");
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        server = start();
    }

    private EmbeddedPostgres start() throws IOException {
        // Same port and data folder each time, and the data kept on close: the same server, restarted.
        return EmbeddedPostgres.builder().setPort(port).setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false).start();
    }

    @AfterEach
    void stopAll() throws IOException {
        if (database != null) {
            database.close();
        }
        if (server != null) {
            server.close();
        }
        try (var files = Files.walk(dataDirectory)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    @Test
    void workFailsAsUnreachableWhileTheServerIsAwayAndSucceedsOnceItIsBack() throws IOException {
        database = Database.open(ConnectionSettings.postgres("localhost", port, "postgres", "postgres", ""));
        FeatureServices services = FeatureServices.over(database.dsl(), TestApp.CLOCK, TestActors.AS_COORDINATOR);
        ForumSettings before = services.forumSettings().settings();
        services.forumSettings().save(before.with(Money.of(30_000), MonthDay.of(6, 30)));

        server.close();
        server = null;
        Throwable whileAway = catchThrowable(() -> services.forumSettings().settings());

        assertThat(whileAway).isNotNull();
        assertThat(FailureReason.of(whileAway)).isEqualTo(FailureReason.DATABASE_UNREACHABLE);
        // A second try while still away meets no dead connection any more: the pool cannot open a new one.
        Throwable again = catchThrowable(() -> services.members().libraries());
        assertThat(FailureReason.of(again)).isEqualTo(FailureReason.DATABASE_UNREACHABLE);

        server = start();
        // The next call, as "Try again" makes it: the pool has replaced its dead connections by itself.
        assertThat(services.forumSettings().settings().cardFee()).isEqualTo(Money.of(30_000));
        assertThat(services.members().libraries()).isEmpty();
    }

    @Test
    void aMissingDatabaseIsToldAtOnceWhenOpening() {
        assertThatThrownBy(() -> Database.open(ConnectionSettings.postgres("localhost", port, "no_such_database",
                "postgres", "")))
                .isInstanceOfSatisfying(id.jalin.kernel.db.DatabaseUnavailableException.class, e ->
                        assertThat(e.reason()).isEqualTo(
                                id.jalin.kernel.db.DatabaseUnavailableException.Reason.DATABASE_MISSING));
    }
}
