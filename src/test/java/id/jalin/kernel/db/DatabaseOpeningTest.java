package id.jalin.kernel.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseOpeningTest {
    @TempDir
    Path folder;

    @Test
    void embeddedFileIsCreatedAndMigratedOnFirstOpen() {
        Path file = folder.resolve("data/jalin");
        try (Database database = Database.open(ConnectionSettings.embedded(file))) {
            assertThat(database.mode()).isEqualTo(DatabaseMode.EMBEDDED_H2);
            assertThat(database.serverVersion()).startsWith("H2 2.");
        }
        assertThat(Files.exists(folder.resolve("data/jalin.mv.db"))).isTrue();
    }

    @Test
    void secondJalinOnTheSameFileIsToldTheFileIsInUse() throws Exception {
        Path file = folder.resolve("jalin");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process other = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                HoldDatabaseOpen.class.getName(), file.toString()).redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = out.readLine()) != null && !line.contains("READY")) {
                // wait for the other process to hold the file
            }
            assertThat(line).as("the other process opened the file").isNotNull();

            assertThatThrownBy(() -> Database.open(ConnectionSettings.embedded(file)))
                    .isInstanceOfSatisfying(DatabaseUnavailableException.class, e ->
                            assertThat(e.reason()).isEqualTo(DatabaseUnavailableException.Reason.IN_USE_BY_ANOTHER_JALIN));
        } finally {
            other.destroyForcibly().waitFor();
        }
    }

    @Test
    void unreachableServerIsReportedAsSuch() {
        // Port 1 on loopback: nothing listens there, so the connection is refused at once.
        ConnectionSettings nowhere = ConnectionSettings.postgres("127.0.0.1", 1, "jalin", "jalin", "secret");
        assertThatThrownBy(() -> Database.connect(nowhere))
                .isInstanceOfSatisfying(DatabaseUnavailableException.class, e ->
                        assertThat(e.reason()).isEqualTo(DatabaseUnavailableException.Reason.SERVER_UNREACHABLE));
    }

    @Test
    void passwordIsNeverPartOfTheDescription() {
        ConnectionSettings settings = ConnectionSettings.postgres("db.forum", 5432, "jalin", "koordinator", "rahasia");
        assertThat(settings.toString()).doesNotContain("rahasia").contains("koordinator@db.forum:5432/jalin");
    }
}
