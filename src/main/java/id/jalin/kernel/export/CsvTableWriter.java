package id.jalin.kernel.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a table as UTF-8 CSV with semicolons, which spreadsheet programs set to Indonesian
 * open correctly (the comma is their decimal mark). A byte order mark tells Excel it is UTF-8.
 */
public final class CsvTableWriter {
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get();

    public void write(TableData table, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\ufeff');
        CSVPrinter printer = new CSVPrinter(writer, FORMAT);
        printer.printRecord(table.headings());
        for (var row : table.rows()) {
            printer.printRecord(row);
        }
        printer.flush();
    }
}
