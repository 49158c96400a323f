package id.jalin.kernel.export;

import id.jalin.kernel.money.Money;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes CSV one row at a time in the spelling {@link CsvTableWriter} uses (UTF-8 with a byte order mark,
 * semicolons, ISO dates, plain digits, {@link FormulaGuard} on text), for exports too long to hold as one
 * {@link ExportTable}: the headings go out when the writer opens, every row as soon as it is given.
 */
public final class CsvRowWriter implements Closeable {
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get();
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final List<Column> columns;
    private final CSVPrinter printer;

    /** Writes the byte order mark and the headings; closing the writer closes {@code out}. */
    public CsvRowWriter(OutputStream out, List<Column> columns) throws IOException {
        this.columns = List.copyOf(columns);
        OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\ufeff');
        this.printer = new CSVPrinter(writer, FORMAT);
        List<String> headings = new ArrayList<>(this.columns.size());
        for (Column column : this.columns) {
            headings.add(FormulaGuard.forCsv(column.heading()));
        }
        printer.printRecord(headings);
    }

    /** One row, values typed as the columns' kinds say (null for an empty cell). */
    public void row(List<?> values) throws IOException {
        if (values.size() != columns.size()) {
            throw new IllegalArgumentException("Row has " + values.size() + " cells for " + columns.size() + " columns");
        }
        List<String> record = new ArrayList<>(values.size());
        for (int c = 0; c < values.size(); c++) {
            ColumnKind kind = columns.get(c).kind();
            Object value = values.get(c);
            if (!kind.accepts(value)) {
                throw new IllegalArgumentException("Column " + c + " (" + kind + ") wants "
                        + kind.valueType().getSimpleName() + ", got " + value.getClass().getSimpleName());
            }
            record.add(spell(kind, value));
        }
        printer.printRecord(record);
    }

    /** Pushes what is written to the stream, leaving it open. */
    public void flush() throws IOException {
        printer.flush();
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }

    private static String spell(ColumnKind kind, Object value) {
        if (value == null) {
            return "";
        }
        return switch (kind) {
            case TEXT -> FormulaGuard.forCsv((String) value);
            case INTEGER -> value.toString();
            // a point for the decimal whatever the language: what every spreadsheet reads as a number
            case DECIMAL, PERCENT -> java.math.BigDecimal.valueOf((Double) value).stripTrailingZeros().toPlainString();
            case RUPIAH -> Long.toString(((Money) value).rupiah());
            case DATE -> DateTimeFormatter.ISO_LOCAL_DATE.format((LocalDate) value);
            case TIME -> TIME.format((LocalTime) value);
            case DATE_TIME -> DATE_TIME.format((LocalDateTime) value);
        };
    }
}
