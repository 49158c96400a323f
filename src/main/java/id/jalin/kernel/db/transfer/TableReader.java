package id.jalin.kernel.db.transfer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.UniqueKey;

/** Reads a table in primary-key order, a batch at a time, so a large table never sits in memory whole. */
final class TableReader {
    static final int BATCH = 250;

    private TableReader() {
    }

    static List<Field<?>> fields(Table<?> table) {
        return List.of(table.fields());
    }

    static long count(DSLContext dsl, Table<?> table) {
        return dsl.fetchCount(table);
    }

    /** Hands each batch of rows to {@code batches}; inside a transaction on PostgreSQL, so the driver streams. */
    static void read(DSLContext dsl, Table<?> table, Consumer<List<Record>> batches) {
        id.jalin.kernel.db.StreamedRead.on(dsl, one -> {
            try (Cursor<Record> cursor = one.select(table.fields()).from(table).orderBy(keyOrder(table))
                    .fetchSize(BATCH).fetchLazy()) {
                while (cursor.hasNext()) {
                    batches.accept(new ArrayList<>(cursor.fetchNext(BATCH)));
                }
            }
        });
    }

    /** The table's figures as stored now. */
    static TableFigures figures(DSLContext dsl, Table<?> table, Runnable afterBatch) {
        TableDigest digest = new TableDigest(table.getName());
        List<Field<?>> fields = fields(table);
        read(dsl, table, batch -> {
            batch.forEach(record -> digest.add(RowLine.of(record, fields)));
            afterBatch.run();
        });
        return digest.figures();
    }

    static List<SortField<?>> keyOrder(Table<?> table) {
        UniqueKey<?> key = table.getPrimaryKey();
        List<SortField<?>> order = new ArrayList<>();
        for (Field<?> field : key == null ? List.of(table.fields()) : key.getFields()) {
            order.add(field.asc());
        }
        return order;
    }
}
