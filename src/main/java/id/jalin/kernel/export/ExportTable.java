package id.jalin.kernel.export;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A table to export: a sheet name, typed columns and rows of typed values (String, Long, Money, LocalDate,
 * LocalTime, LocalDateTime as the column's {@link ColumnKind} says; null for an empty cell). Values stay typed
 * until a writer decides how its format spells them, so the XLSX gets numbers and dates, not text.
 */
public record ExportTable(String sheetName, List<Column> columns, List<List<Object>> rows) {
    public ExportTable {
        columns = List.copyOf(columns);
        List<List<Object>> checked = new ArrayList<>(rows.size());
        for (List<Object> row : rows) {
            checked.add(checkedRow(columns, row));
        }
        rows = Collections.unmodifiableList(checked);
    }

    public List<String> headings() {
        return columns.stream().map(Column::heading).toList();
    }

    public static Builder builder(String sheetName) {
        return new Builder(sheetName);
    }

    // A wrong type is a programming error caught by the export's tests, not something a user can cause.
    private static List<Object> checkedRow(List<Column> columns, List<Object> row) {
        if (row.size() != columns.size()) {
            throw new IllegalArgumentException("Row has " + row.size() + " cells for " + columns.size() + " columns");
        }
        for (int c = 0; c < row.size(); c++) {
            Object value = row.get(c);
            ColumnKind kind = columns.get(c).kind();
            if (!kind.accepts(value)) {
                throw new IllegalArgumentException("Column " + c + " (" + kind + ") wants " + kind.valueType()
                        .getSimpleName() + ", got " + value.getClass().getSimpleName());
            }
        }
        // List.copyOf refuses nulls, and null is an empty cell here.
        return Collections.unmodifiableList(new ArrayList<>(row));
    }

    /** Builds a table column by column, then row by row. */
    public static final class Builder {
        private final String sheetName;
        private final List<Column> columns = new ArrayList<>();
        private final List<List<Object>> rows = new ArrayList<>();

        private Builder(String sheetName) {
            this.sheetName = sheetName;
        }

        public Builder column(String heading, ColumnKind kind) {
            columns.add(new Column(heading, kind));
            return this;
        }

        /** One row, values in column order; an int is taken as an INTEGER's Long. */
        public Builder row(Object... values) {
            List<Object> row = new ArrayList<>(values.length);
            for (Object value : values) {
                row.add(value instanceof Integer i ? Long.valueOf(i) : value);
            }
            rows.add(row);
            return this;
        }

        public ExportTable build() {
            return new ExportTable(sheetName, columns, rows);
        }
    }
}
