package id.jalin.catalogue.data;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;

/**
 * Rows gathered for one JDBC batch insert: the statement is jOOQ's, the values are bound straight onto it with the
 * setter for their type. Binding through jOOQ's batch cost a fifth of a load's time (measured in the import bench)
 * for 35 columns a row, and {@code setObject} has the driver find out each value's type again.
 */
final class RowBatch {
    private final String sql;
    private final int[] sqlTypes;
    private final List<Object[]> rows = new ArrayList<>();

    RowBatch(DSLContext dsl, Table<?> table, List<Field<?>> columns) {
        this.sql = dsl.render(dsl.insertInto(table, columns).values(new Object[columns.size()]));
        // a null bytes value is bound as VARBINARY: PostgreSQL takes a null BLOB for a large-object id, which a bytea
        // column refuses
        this.sqlTypes = columns.stream().mapToInt(field -> field.getDataType().getSQLType())
                .map(type -> type == java.sql.Types.BLOB ? java.sql.Types.VARBINARY : type).toArray();
    }

    void add(Object... row) {
        rows.add(row);
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    /** Inserts the rows gathered and forgets them. */
    void execute(DSLContext tx) {
        if (rows.isEmpty()) {
            return;
        }
        tx.connection(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                for (Object[] row : rows) {
                    for (int column = 0; column < row.length; column++) {
                        bind(insert, column + 1, row[column]);
                    }
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
        rows.clear();
    }

    private void bind(PreparedStatement insert, int index, Object value) throws SQLException {
        if (value == null) {
            insert.setNull(index, sqlTypes[index - 1]);
        } else if (value instanceof String text) {
            insert.setString(index, text);
        } else if (value instanceof Long number) {
            insert.setLong(index, number);
        } else if (value instanceof Integer number) {
            insert.setInt(index, number);
        } else if (value instanceof byte[] bytes) {
            insert.setBytes(index, bytes);
        } else if (value instanceof LocalDateTime time) {
            insert.setObject(index, time);
        } else {
            insert.setObject(index, value);
        }
    }
}
