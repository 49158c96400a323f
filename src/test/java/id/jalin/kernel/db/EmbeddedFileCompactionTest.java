package id.jalin.kernel.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded file is compacted at close when most of it is dead chunks, and left alone otherwise. */
class EmbeddedFileCompactionTest {
    @TempDir
    Path folder;

    private Path file;
    private JdbcConnectionPool pool;
    private long before;

    /** A file whose 500 rows were rewritten 40 times, still open. */
    @BeforeEach
    void rewrittenRows() throws Exception {
        file = folder.resolve("jalin");
        pool = pool(file);
        churn(pool, 40);
        before = Files.size(data(file));
    }

    @AfterEach
    void closePool() {
        pool.dispose();
    }

    @Test
    void aFileMostlyOfDeadChunksIsCompactedAtCloseAndKeepsItsRows() throws Exception {
        EmbeddedFileCompaction.FileState state =
                EmbeddedFileCompaction.read(org.jooq.impl.DSL.using(pool, org.jooq.SQLDialect.H2));
        assertThat(state.bytes()).isEqualTo(before);
        assertThat(state.chunksFillPercent()).as("each rewrite left the earlier rows' chunks dead").isLessThan(50);

        assertThat(EmbeddedFileCompaction.compactIfSparse(pool, 1 << 20)).as("reported as compacted").isTrue();
        pool.dispose();

        assertThat(Files.size(data(file))).as("compacted from %d bytes", before).isLessThan(before / 4);
        JdbcConnectionPool reopened = pool(file);
        try (Connection connection = reopened.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select count(*), min(round), max(round) from wide")) {
            rows.next();
            assertThat(rows.getInt(1)).isEqualTo(500);
            assertThat(rows.getInt(2)).isEqualTo(40);
            assertThat(rows.getInt(3)).isEqualTo(40);
        } finally {
            reopened.dispose();
        }
    }

    @Test
    void aSmallFileIsLeftAsItIs() throws Exception {
        assertThat(EmbeddedFileCompaction.compactIfSparse(pool, before + 1)).isFalse();
        pool.dispose();

        assertThat(Files.size(data(file))).isGreaterThanOrEqualTo(before);
    }

    @Test
    void aFileFullOfLiveChunksIsNotWorthCompacting() {
        assertThat(new EmbeddedFileCompaction.FileState(1L << 30, 80).worthCompacting(64L << 20)).isFalse();
        assertThat(new EmbeddedFileCompaction.FileState(1L << 30, 30).worthCompacting(64L << 20)).isTrue();
        assertThat(new EmbeddedFileCompaction.FileState(32L << 20, 10).worthCompacting(64L << 20)).isFalse();
    }

    /** The app's own URL (REUSE_SPACE=FALSE), so every commit appends. */
    private static JdbcConnectionPool pool(Path file) {
        return JdbcConnectionPool.create(ConnectionSettings.embedded(file).jdbcUrl(), "sa", "");
    }

    private static Path data(Path file) {
        return file.resolveSibling(file.getFileName() + ".mv.db");
    }

    /** 500 wide rows, rewritten whole {@code rounds} times, one commit a round. */
    private static void churn(JdbcConnectionPool pool, int rounds) throws Exception {
        try (Connection connection = pool.getConnection()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("create table wide (id int primary key, round int, pad varchar(2000))");
            }
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement("insert into wide values (?, 0, ?)")) {
                for (int id = 0; id < 500; id++) {
                    insert.setInt(1, id);
                    insert.setString(2, "x".repeat(1500));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            connection.commit();
            try (PreparedStatement update = connection.prepareStatement("update wide set round = ?, pad = ?")) {
                for (int round = 1; round <= rounds; round++) {
                    update.setInt(1, round);
                    update.setString(2, Integer.toString(round).repeat(700));
                    update.executeUpdate();
                    connection.commit();
                }
            }
        }
    }
}
