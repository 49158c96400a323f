package id.jalin.kernel.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Writes a table as UTF-8 CSV with semicolons, which spreadsheet programs set to Indonesian open correctly
 * (the comma is their decimal mark). A byte order mark tells Excel it is UTF-8. Numbers and Rupiah are written
 * as plain digits and dates as ISO (2026-03-31), the spellings every spreadsheet reads as a value whatever
 * its locale; text that a spreadsheet would run as a formula gets a leading apostrophe. The spelling is
 * {@link CsvRowWriter}'s, which also serves exports written row by row.
 */
public final class CsvTableWriter {

    /** Writes the whole table and flushes; {@code out} stays open. */
    public void write(ExportTable table, OutputStream out) throws IOException {
        CsvRowWriter writer = new CsvRowWriter(out, table.columns());
        for (List<Object> values : table.rows()) {
            writer.row(values);
        }
        writer.flush();
    }
}
