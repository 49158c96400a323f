package id.jalin.kernel.db.transfer;

import id.jalin.kernel.db.Database;
import id.jalin.kernel.task.Progress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Table;

/**
 * Reads every table of an open database whole, as of one moment: the row count the database reports against the
 * rows actually read back, and the checksum of those rows (the same figure a backup's manifest and a move's report
 * carry, so a person can compare a table here with its line in an archive). A table that cannot be read fails the
 * check with the database's own error.
 */
public final class DatabaseCheck {
    /** The schema version the database is at and each table's figures; {@code expected} is the counted rows. */
    public record Result(String schemaVersion, TransferReport report) {
        public boolean allMatch() {
            return report.allMatch();
        }
    }

    private final List<Table<?>> tables;

    public DatabaseCheck() {
        this.tables = TransferTables.inDependencyOrder();
    }

    /** Progress counts tables; Cancel is looked at between them. */
    public Result run(Database database, Progress progress) {
        long started = System.nanoTime();
        return database.dsl().transactionResult(read -> {
            var from = read.dsl();
            Snapshot.begin(from);
            String version = SchemaVersion.of(from);
            List<TableCheck> checks = new ArrayList<>();
            progress.update(0, tables.size());
            for (Table<?> table : tables) {
                long counted = TableReader.count(from, table);
                TableFigures read1 = TableReader.figures(from, table, () -> { });
                checks.add(new TableCheck(table.getName(), counted, read1.checksum(), read1.rows(), read1.checksum()));
                progress.update(checks.size(), tables.size());
                progress.checkCancelled();
            }
            return new Result(version, new TransferReport(checks, Duration.ofNanos(System.nanoTime() - started)));
        });
    }
}
