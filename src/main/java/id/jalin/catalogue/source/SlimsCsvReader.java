package id.jalin.catalogue.source;

import id.jalin.catalogue.domain.CatalogueRecord;
import id.jalin.catalogue.domain.RecordSink;
import id.jalin.kernel.importing.ImportLimits;
import id.jalin.kernel.importing.ImportRefusedException;
import id.jalin.kernel.importing.RejectedRow;
import id.jalin.kernel.task.Progress;
import id.jalin.kernel.validation.FieldError;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The bibliography CSV that SLiMS exports, exactly as it comes (docs/csv-holdings-import.md): 18 columns by position,
 * the header optional and recognised by its shape ({@link SlimsCsvHeader}), separator and enclosure as the librarian
 * chose them, quotes escaped by doubling or with a backslash, newlines written as {@code \n}, empty rows ignored. A row
 * with another number of columns, or without a title, is set aside with its row number.
 */
final class SlimsCsvReader implements HoldingsReader {
    private final CsvLayout layout;
    private final long limit;

    SlimsCsvReader(CsvLayout layout) {
        this(layout, HoldingsLimits.MAX_FILE_BYTES);
    }

    SlimsCsvReader(CsvLayout layout, long limit) {
        this.layout = layout;
        this.limit = limit;
    }

    @Override
    public void read(InputStream in, RecordSink sink, Progress progress) throws IOException, ImportRefusedException {
        HoldingsInput input = HoldingsInput.open(in, progress, EnumSet.of(FileKind.CSV_TEXT), limit);
        CSVFormat format = CSVFormat.Builder.create()
                .setDelimiter(layout.separator())
                .setQuote(layout.enclosure())
                // the escape turns \n into a newline and \" or \' (for the enclosure) into the quote
                .setEscape('\\')
                .setIgnoreEmptyLines(false)
                // SLiMS 9 writes a quote inside a field as it is; the rest of the field is kept, not the file lost
                .setTrailingData(true)
                .setLenientEof(true)
                .get();
        Set<String> usedIds = new HashSet<>();
        boolean seenData = false;
        int lastRow = 0;
        try (CSVParser parser = CSVParser.parse(withoutByteOrderMark(input.stream()), format)) {
            Iterator<CSVRecord> rows = parser.iterator();
            while (true) {
                CSVRecord record;
                try {
                    if (!rows.hasNext()) {
                        break;
                    }
                    record = rows.next();
                } catch (UncheckedIOException | IllegalStateException broken) {
                    input.checkLimit();
                    sink.setAside(new RejectedRow(lastRow + 1, List.of(FieldError.of("record",
                            "catalogue.read.csv_quoting", lastRow + 1)), List.of("", "")));
                    return;
                }
                input.checkLimit();
                int row = (int) record.getRecordNumber();
                lastRow = row;
                List<String> cells = cells(record);
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (!seenData) {
                    seenData = true;
                    if (SlimsCsvHeader.isHeader(cells)) {
                        continue;
                    }
                }
                take(cells, row, usedIds, sink);
                input.progressed();
            }
        }
        input.checkLimit();
    }

    private static void take(List<String> cells, int row, Set<String> usedIds, RecordSink sink) {
        List<String> columns = cells;
        // a trailing separator, as SLiMS writes after the header's last label, leaves one empty cell more
        if (columns.size() == SlimsCsvColumns.COUNT + 1 && columns.get(SlimsCsvColumns.COUNT).isBlank()) {
            columns = columns.subList(0, SlimsCsvColumns.COUNT);
        }
        String titleStart = ImportLimits.cut(SlimsCsvRow.unescaped(cells.get(0)), MarcRecordMapping.QUOTED_TITLE);
        if (columns.size() != SlimsCsvColumns.COUNT) {
            sink.setAside(new RejectedRow(row, List.of(FieldError.of("record", "catalogue.read.csv_columns",
                    cells.size(), SlimsCsvColumns.COUNT)), List.of("", titleStart)));
            return;
        }
        Optional<CatalogueRecord> record = SlimsCsvRow.read(columns, row, usedIds);
        if (record.isEmpty()) {
            sink.setAside(new RejectedRow(row, List.of(FieldError.of("record", "catalogue.read.no_title")),
                    List.of("", "")));
            return;
        }
        sink.accept(record.get());
    }

    private static List<String> cells(CSVRecord record) {
        return new ArrayList<>(record.toList());
    }

    /** UTF-8 text, as SLiMS writes it; a byte order mark a spreadsheet put before the first enclosure is dropped. */
    static Reader withoutByteOrderMark(InputStream in) throws IOException {
        PushbackReader reader = new PushbackReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1);
        int first = reader.read();
        if (first >= 0 && first != '\ufeff') {
            reader.unread(first);
        }
        return reader;
    }
}
