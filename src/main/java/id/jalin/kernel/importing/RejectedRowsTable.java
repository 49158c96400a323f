package id.jalin.kernel.importing;

import id.jalin.kernel.export.TableData;
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

    /** The rows under {@code headings}, the imported file's header as it was written. */
    public TableData table(String sheetName, List<String> headings, List<RejectedRow> rows) {
        List<String> heading = new ArrayList<>(List.of(rowHeading, reasonHeading));
        heading.addAll(headings);
        List<List<String>> records = new ArrayList<>();
        for (RejectedRow row : rows) {
            List<String> record = new ArrayList<>();
            record.add(String.valueOf(row.rowNumber()));
            record.add(row.reasons().stream().map(formatter).collect(Collectors.joining(REASON_SEPARATOR)));
            record.addAll(row.rawValues());
            records.add(record);
        }
        return new TableData(sheetName, heading, records);
    }
}
