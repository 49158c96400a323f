package id.jalin.kernel.db.transfer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.ForeignKey;
import org.jooq.InsertValuesStepN;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Writes rows into one table in multi-row inserts with their ids as they were. A column that refers to its own
 * table (an agreement's predecessor) is inserted empty and filled in once the whole table is there, so a row may
 * point at one that comes later in key order.
 */
final class TableWriter {
    private final DSLContext dsl;
    private final Table<?> table;
    private final List<Field<?>> fields;
    private final List<Integer> selfReferences = new ArrayList<>();
    private final List<Integer> keyColumns = new ArrayList<>();
    private final List<Object[]> buffer = new ArrayList<>();
    private final List<Object[]> deferred = new ArrayList<>();

    TableWriter(DSLContext dsl, Table<?> table, List<Field<?>> fields) {
        this.dsl = dsl;
        this.table = table;
        this.fields = List.copyOf(fields);
        for (ForeignKey<?, ?> key : table.getReferences()) {
            if (key.getKey().getTable().getName().equals(table.getName())) {
                for (Field<?> field : key.getFields()) {
                    if (field.getDataType().nullable()) {
                        selfReferences.add(this.fields.indexOf(table.field(field.getName())));
                    }
                }
            }
        }
        if (!selfReferences.isEmpty()) {
            for (Field<?> field : table.getPrimaryKey().getFields()) {
                keyColumns.add(this.fields.indexOf(table.field(field.getName())));
            }
        }
    }

    void add(Object[] values) {
        if (!selfReferences.isEmpty() && selfReferences.stream().anyMatch(i -> values[i] != null)) {
            deferred.add(values.clone());
            for (int i : selfReferences) {
                values[i] = null;
            }
        }
        buffer.add(values);
        if (buffer.size() >= TableReader.BATCH) {
            flush();
        }
    }

    void flush() {
        if (buffer.isEmpty()) {
            return;
        }
        insert(table);
        buffer.clear();
    }

    private <R extends Record> void insert(Table<R> into) {
        InsertValuesStepN<R> insert = dsl.insertInto(into, fields);
        for (Object[] row : buffer) {
            insert = insert.values(row);
        }
        insert.execute();
    }

    /** Writes what is buffered, then the references within the table. */
    void finish() {
        flush();
        for (Object[] row : deferred) {
            Map<Field<?>, Object> set = new LinkedHashMap<>();
            for (int i : selfReferences) {
                set.put(fields.get(i), row[i]);
            }
            List<Condition> key = new ArrayList<>();
            for (int i : keyColumns) {
                @SuppressWarnings("unchecked")
                Field<Object> field = (Field<Object>) fields.get(i);
                key.add(field.eq(row[i]));
            }
            dsl.update(table).set(set).where(key).execute();
        }
        deferred.clear();
    }

    /** Empties every table, dependants first. */
    static void clear(DSLContext dsl, List<Table<?>> ordered) {
        for (Table<?> table : TransferTables.reversed(ordered)) {
            dsl.deleteFrom(table).execute();
        }
    }

    /**
     * Moves every sequence past the largest id of any table: a sequence does not say which table's ids it gives (the
     * union catalogue numbers works and records from sequences, a block at a time), and ids that skip ahead are
     * harmless where a collision is not.
     */
    private static void resetSequences(DSLContext dsl, List<Table<?>> tables) {
        long largest = 0;
        for (Table<?> table : tables) {
            Field<?> id = table.field("id");
            if (id != null && Number.class.isAssignableFrom(id.getType())) {
                Object max = dsl.select(DSL.max(id)).from(table).fetchOne(0);
                largest = Math.max(largest, max == null ? 0 : ((Number) max).longValue());
            }
        }
        for (org.jooq.Sequence<?> sequence : id.jalin.kernel.db.generated.DefaultSchema.DEFAULT_SCHEMA.getSequences()) {
            dsl.execute("alter sequence {0} restart with " + (largest + 1), DSL.name(sequence.getName()));
        }
    }

    /**
     * Moves each identity column's next value past the largest id now stored, so the first record made after a move
     * or restore does not collide with a copied one.
     */
    static void resetIdentities(DSLContext dsl, List<Table<?>> tables) {
        resetSequences(dsl, tables);
        for (Table<?> table : tables) {
            for (Field<?> field : table.fields()) {
                if (!field.getDataType().identity()) {
                    continue;
                }
                Object max = dsl.select(DSL.max(field)).from(table).fetchOne(0);
                long next = max == null ? 1 : ((Number) max).longValue() + 1;
                if (dsl.dialect().family() == SQLDialect.POSTGRES) {
                    dsl.resultQuery("select setval(pg_get_serial_sequence(?, ?), ?, ?)",
                            table.getName(), field.getName(), max == null ? 1L : next - 1, max != null).fetch();
                } else {
                    dsl.execute("alter table {0} alter column {1} restart with " + next,
                            DSL.name(table.getName()), DSL.name(field.getName()));
                }
            }
        }
    }
}
