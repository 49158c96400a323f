package id.jalin.kernel.csv;

import id.jalin.kernel.validation.FieldError;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes refused rows as a CSV the user can fix and import again: the row number, the reasons, then the
 * file's own columns with the values as they were. The domain does not know the resource bundle, so the
 * caller passes the two headings and a formatter that turns a reason into text.
 * UTF-8 with a byte order mark and semicolons, like every CSV Jalin writes, so Excel set to Indonesian opens it.
 */
public final class RejectedRowsCsv {
    private static final CSVFormat FORMAT =
            CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get();
    private static final String REASON_SEPARATOR = "; ";

    private final String rowHeading;
    private final String reasonHeading;
    private final Function<FieldError, String> formatter;

    public RejectedRowsCsv(String rowHeading, String reasonHeading, Function<FieldError, String> formatter) {
        this.rowHeading = Objects.requireNonNull(rowHeading);
        this.reasonHeading = Objects.requireNonNull(reasonHeading);
        this.formatter = Objects.requireNonNull(formatter);
    }

    /** Writes the rows under {@code headings} (the imported file's header, see the file header as read). */
    public void write(List<String> headings, List<RejectedRow> rows, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\ufeff');
        CSVPrinter printer = new CSVPrinter(writer, FORMAT);
        List<String> heading = new ArrayList<>(List.of(rowHeading, reasonHeading));
        heading.addAll(headings);
        printer.printRecord(heading);
        for (RejectedRow row : rows) {
            List<String> record = new ArrayList<>();
            record.add(String.valueOf(row.rowNumber()));
            record.add(row.reasons().stream().map(formatter).collect(Collectors.joining(REASON_SEPARATOR)));
            record.addAll(row.rawValues());
            printer.printRecord(record);
        }
        printer.flush();
    }
}
