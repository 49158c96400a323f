package id.jalin.kernel.db.transfer;

import id.jalin.kernel.db.Database;
import id.jalin.kernel.task.Progress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;

/**
 * Copies every table of one database into another that is empty and at the same schema version: embedded to a
 * server (a move) or a server to a new embedded file (a workstation copy). The target is written in ONE
 * transaction, checked inside it (row counts and checksums against the rows read) and committed only when every
 * table matches; a Cancel, a failure or a difference rolls it back, so the target is as empty as before.
 */
public final class DatabaseCopy {
    private final List<Table<?>> tables;

    public DatabaseCopy() {
        this(TransferTables.inDependencyOrder());
    }

    DatabaseCopy(List<Table<?>> tables) {
        this.tables = List.copyOf(tables);
    }

    public TransferReport copy(Database source, Database target, Progress progress) {
        long started = System.nanoTime();
        String sourceVersion = SchemaVersion.of(source.dsl());
        String targetVersion = SchemaVersion.of(target.dsl());
        if (!sourceVersion.equals(targetVersion)) {
            throw new TransferRefusedException(TransferRefusedException.Refusal.VERSIONS_DIFFER,
                    sourceVersion, targetVersion);
        }
        EmptyTarget.require(target.dsl(), tables);
        List<TableCheck> checks = source.dsl().transactionResult(read -> {
            DSLContext from = read.dsl();
            Snapshot.begin(from);
            long total = 0;
            for (Table<?> table : tables) {
                total += TableReader.count(from, table);
            }
            RowProgress rows = new RowProgress(progress, total * 2);
            return target.dsl().transactionResult(write -> copyAndCheck(from, write.dsl(), rows));
        });
        return new TransferReport(checks, Duration.ofNanos(System.nanoTime() - started));
    }

    /** Empties {@code to}, copies every table from {@code from} and checks it; throws when any table differs. */
    List<TableCheck> copyAndCheck(DSLContext from, DSLContext to, RowProgress rows) {
        TableWriter.clear(to, tables);
        List<TableFigures> copied = new ArrayList<>();
        for (Table<?> table : tables) {
            List<Field<?>> fields = TableReader.fields(table);
            TableWriter writer = new TableWriter(to, table, fields);
            TableDigest digest = new TableDigest(table.getName());
            TableReader.read(from, table, batch -> {
                for (var record : batch) {
                    digest.add(RowLine.of(record, fields));
                    writer.add(record.intoArray());
                }
                writer.flush();
                rows.advance(batch.size());
            });
            writer.finish();
            copied.add(digest.figures());
        }
        TableWriter.resetIdentities(to, tables);
        List<TableCheck> checks = new ArrayList<>();
        for (int i = 0; i < tables.size(); i++) {
            Table<?> table = tables.get(i);
            TableFigures stored = TableReader.figures(to, table, () -> rows.advance(0));
            checks.add(TableCheck.of(copied.get(i), stored));
            rows.advance(stored.rows());
        }
        TransferReport report = new TransferReport(checks, Duration.ZERO);
        if (!report.allMatch()) {
            throw new ChecksFailedException(report);
        }
        return checks;
    }
}
