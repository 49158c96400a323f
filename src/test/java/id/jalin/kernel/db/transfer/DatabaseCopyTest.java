package id.jalin.kernel.db.transfer;

import static id.jalin.kernel.db.generated.Tables.AGREEMENT;
import static id.jalin.kernel.db.generated.Tables.LIBRARY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.jalin.kernel.db.ConnectionSettings;
import id.jalin.kernel.db.Database;
import id.jalin.kernel.db.TestDatabases;
import id.jalin.kernel.task.CancelledException;
import id.jalin.kernel.task.Progress;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The move to a real PostgreSQL and the workstation copy back, checked table by table. */
class DatabaseCopyTest {
    @TempDir
    Path folder;

    private Database embedded;

    @BeforeEach
    void demoForum() {
        embedded = TransferFixture.filled(TestDatabases.Kind.H2);
    }

    @AfterEach
    void close() {
        embedded.close();
    }

    @Test
    void theDemoForumMovesToPostgresqlAndBackWithEqualChecksums() {
        Map<String, TableFigures> before = TransferFixture.figures(embedded);
        ConnectionSettings server = TestDatabases.newPostgresSettings();

        try (Database postgres = Database.open(server)) {
            TransferReport moved = new DatabaseCopy().copy(embedded, postgres, Progress.NONE);

            assertThat(moved.allMatch()).isTrue();
            assertThat(moved.tables()).hasSize(before.size());
            assertThat(TransferFixture.figures(postgres)).isEqualTo(before);
            assertThat(postgres.dsl().select(AGREEMENT.PREVIOUS_ID).from(AGREEMENT).where(AGREEMENT.NOTES
                    .eq(TransferFixture.AWKWARD)).fetchOne(AGREEMENT.PREVIOUS_ID)).isNotNull();
            // The next record gets a new id, past the copied ones.
            long newId = postgres.dsl().insertInto(LIBRARY).set(LIBRARY.CODE, "BARU").set(LIBRARY.NAME, "Baru")
                    .set(LIBRARY.KIND, "UNIVERSITY").set(LIBRARY.STATUS, "ACTIVE").returning(LIBRARY.ID)
                    .fetchOne(LIBRARY.ID);
            assertThat(newId).isGreaterThan(before.get("library").rows());
            postgres.dsl().deleteFrom(LIBRARY).where(LIBRARY.ID.eq(newId)).execute();

            Path trip = folder.resolve("trip");
            try (Database copy = Database.open(ConnectionSettings.embedded(trip))) {
                TransferReport back = new DatabaseCopy().copy(postgres, copy, Progress.NONE);

                assertThat(back.allMatch()).isTrue();
                assertThat(TransferFixture.figures(copy)).isEqualTo(before);
                long next = copy.dsl().insertInto(LIBRARY).set(LIBRARY.CODE, "LAGI").set(LIBRARY.NAME, "Lagi")
                        .set(LIBRARY.KIND, "UNIVERSITY").set(LIBRARY.STATUS, "ACTIVE").returning(LIBRARY.ID)
                        .fetchOne(LIBRARY.ID);
                assertThat(next).isGreaterThan(newId - 1);
            }
        }
        assertThat(TransferFixture.figures(embedded)).as("the embedded file is only read").isEqualTo(before);
    }

    @Test
    void aTargetThatHoldsDataIsRefusedAndKeepsItsData() {
        try (Database postgres = TestDatabases.postgres()) {
            postgres.dsl().insertInto(LIBRARY).set(LIBRARY.CODE, "ADA").set(LIBRARY.NAME, "Sudah ada")
                    .set(LIBRARY.KIND, "UNIVERSITY").set(LIBRARY.STATUS, "ACTIVE").execute();

            assertThatThrownBy(() -> new DatabaseCopy().copy(embedded, postgres, Progress.NONE))
                    .isInstanceOfSatisfying(TransferRefusedException.class, refused -> {
                        assertThat(refused.refusal()).isEqualTo(TransferRefusedException.Refusal.TARGET_NOT_EMPTY);
                        assertThat(refused.arguments()).containsExactly("library", 1L);
                    });
            assertThat(postgres.dsl().fetchCount(LIBRARY)).isEqualTo(1);
        }
    }

    @Test
    void aTargetAtAnotherSchemaVersionIsRefused() {
        try (Database postgres = TestDatabases.postgres()) {
            postgres.dsl().execute("insert into flyway_schema_history (installed_rank, version, description, type, "
                    + "script, checksum, installed_by, installed_on, execution_time, success) values (999, '999', "
                    + "'later', 'SQL', 'V999__later.sql', 0, 'test', current_timestamp, 0, true)");

            assertThatThrownBy(() -> new DatabaseCopy().copy(embedded, postgres, Progress.NONE))
                    .isInstanceOfSatisfying(TransferRefusedException.class, refused ->
                            assertThat(refused.refusal()).isEqualTo(TransferRefusedException.Refusal.VERSIONS_DIFFER));
        }
    }

    @Test
    void aCancelMidwayLeavesTheTargetEmptySoTheMoveCanBeTriedAgain() {
        try (Database postgres = TestDatabases.postgres()) {
            CancelAfter cancel = new CancelAfter(3);

            assertThatThrownBy(() -> new DatabaseCopy().copy(embedded, postgres, cancel))
                    .isInstanceOf(CancelledException.class);
            assertThat(cancel.updates).isGreaterThan(3);
            assertThat(EmptyTarget.isEmpty(postgres.dsl())).isTrue();
            assertThat(postgres.dsl().fetchCount(LIBRARY)).isZero();

            assertThat(new DatabaseCopy().copy(embedded, postgres, Progress.NONE).allMatch()).isTrue();
        }
    }

    @Test
    void aCancelledCopyIntoAnEmbeddedFileLeavesItEmpty() throws Exception {
        Path trip = folder.resolve("half");
        try (Database copy = Database.open(ConnectionSettings.embedded(trip))) {
            assertThatThrownBy(() -> new DatabaseCopy().copy(embedded, copy, new CancelAfter(2)))
                    .isInstanceOf(CancelledException.class);
            assertThat(EmptyTarget.isEmpty(copy.dsl())).isTrue();
        }
    }

    /** Presses Cancel after the given number of progress updates. */
    static final class CancelAfter implements Progress {
        private final int limit;
        int updates;

        CancelAfter(int limit) {
            this.limit = limit;
        }

        @Override
        public void update(long done, long total) {
            updates++;
        }

        @Override
        public boolean isCancelled() {
            return updates > limit;
        }
    }
}
