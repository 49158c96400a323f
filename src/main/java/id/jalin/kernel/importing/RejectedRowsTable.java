package id.jalin.kernel.importing;

import id.jalin.kernel.export.ColumnKind;
import id.jalin.kernel.export.ExportTable;
import id.jalin.kernel.validation.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Refused rows as a table the user can fix and import again: the row number, the reasons, then the file's own
 * columns with the values as they were. It is written with the kernel's CSV or XLSX table writers, so the saved
 * file opens like every other Jalin export. The caller passes the headings and a formatter that turns a reason into
 * text, since the reasons are bundle keys.
 */
public final class RejectedRowsTable {
    private static final String REASON_SEPARATOR = "; ";

    private final String rowHeading;
    private final String reasonHeading;
    private final Function<FieldError, String> formatter;

    public RejectedRowsTable(String rowHeading, String reasonHeading, Function<FieldError, String> formatter) {
        this.rowHeading = Objects.requireNonNull(rowHeading);
        this.reasonHeading = Objects.requireNonNull(reasonHeading);
        this.formatter = Objects.requireNonNull(formatter);
    }

    /** The rows under {@code headings}, the imported file's header as it was written; the row number a number. */
    public ExportTable table(String sheetName, List<String> headings, List<RejectedRow> rows) {
        ExportTable.Builder table = ExportTable.builder(sheetName)
                .column(rowHeading, ColumnKind.INTEGER)
                .column(reasonHeading, ColumnKind.TEXT);
        headings.forEach(heading -> table.column(heading, ColumnKind.TEXT));
        for (RejectedRow row : rows) {
            List<Object> record = new ArrayList<>();
            record.add((long) row.rowNumber());
            // Many reasons quoting long cells could outgrow a spreadsheet cell; the cells themselves are whole beside.
            record.add(ImportLimits.cut(row.reasons().stream().map(formatter).collect(Collectors.joining(REASON_SEPARATOR)),
                    ImportLimits.MAX_CELL_CHARS));
            for (int c = 0; c < headings.size(); c++) {
                // A short row keeps its empty cells, so the reasons stay beside the right values.
                record.add(c < row.rawValues().size() ? ImportLimits.cut(row.rawValues().get(c), ImportLimits.MAX_CELL_CHARS) : "");
            }
            table.row(record.toArray());
        }
        return table.build();
    }
}
