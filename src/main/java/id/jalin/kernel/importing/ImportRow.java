package id.jalin.kernel.importing;

import id.jalin.kernel.validation.FieldError;
import java.util.ArrayList;
import java.util.List;

/**
 * One data row, read cell by cell into typed values. A cell that cannot be read yields null and leaves a reason
 * naming its column behind, so that one pass over a row collects every problem the user has to fix.
 */
public final class ImportRow {
    private final int number;
    private final List<String> values;
    private final ImportHeader header;
    private final List<FieldError> reasons = new ArrayList<>();

    ImportRow(int number, List<String> values, ImportHeader header) {
        this.number = number;
        this.values = List.copyOf(values);
        this.header = header;
    }

    /** The row's number as a spreadsheet shows it: the first row of the file is 1. */
    public int number() {
        return number;
    }

    /** The cells as the file had them. */
    public List<String> values() {
        return values;
    }

    /** The cell's text without surrounding blanks; empty when the file has no such column. */
    public String text(ImportColumn<?> column) {
        return header.value(values, column);
    }

    /** The cell read by its column's parser; null (and a reason kept for {@link #takeReasons}) when unreadable. */
    public <T> T get(ImportColumn<T> column) {
        String text = text(column);
        CellReading<T> reading = column.parser().parse(text);
        if (!reading.isValid()) {
            // The reason quotes the cell, shortened: a reason is read in a table, the cell stays beside it whole.
            reasons.add(FieldError.of(column.key(), reading.problemKey(), ImportLimits.quoted(text)));
            return null;
        }
        return reading.value();
    }

    public boolean hasAny(List<? extends ImportColumn<?>> columns) {
        return columns.stream().anyMatch(column -> !text(column).isEmpty());
    }

    /** The reasons collected by {@link #get} since the last call; the row starts afresh for the next part. */
    public List<FieldError> takeReasons() {
        List<FieldError> taken = List.copyOf(reasons);
        reasons.clear();
        return taken;
    }
}
