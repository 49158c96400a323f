package id.jalin.kernel.export;

import id.jalin.kernel.money.Money;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
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
 * Writes a table as UTF-8 CSV with semicolons, which spreadsheet programs set to Indonesian open correctly
 * (the comma is their decimal mark). A byte order mark tells Excel it is UTF-8. Numbers and Rupiah are written
 * as plain digits and dates as ISO (2026-03-31), the spellings every spreadsheet reads as a value whatever
 * its locale; text that a spreadsheet would run as a formula gets a leading apostrophe.
 */
public final class CsvTableWriter {
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get();
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public void write(ExportTable table, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\ufeff');
        CSVPrinter printer = new CSVPrinter(writer, FORMAT);
        List<String> headings = new ArrayList<>();
        for (String heading : table.headings()) {
            headings.add(FormulaGuard.forCsv(heading));
        }
        printer.printRecord(headings);
        List<Column> columns = table.columns();
        for (List<Object> values : table.rows()) {
            List<String> record = new ArrayList<>(values.size());
            for (int c = 0; c < values.size(); c++) {
                record.add(spell(columns.get(c).kind(), values.get(c)));
            }
            printer.printRecord(record);
        }
        printer.flush();
    }

    private static String spell(ColumnKind kind, Object value) {
        if (value == null) {
            return "";
        }
        return switch (kind) {
            case TEXT -> FormulaGuard.forCsv((String) value);
            case INTEGER -> value.toString();
            case RUPIAH -> Long.toString(((Money) value).rupiah());
            case DATE -> DateTimeFormatter.ISO_LOCAL_DATE.format((LocalDate) value);
            case TIME -> TIME.format((LocalTime) value);
            case DATE_TIME -> DATE_TIME.format((LocalDateTime) value);
        };
    }
}
