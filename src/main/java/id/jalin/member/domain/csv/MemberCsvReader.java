package id.jalin.member.domain.csv;

import id.jalin.kernel.csv.CsvRefusedException;
import id.jalin.kernel.csv.DelimiterDetector;
import id.jalin.kernel.task.Progress;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a member import file (layout in {@code docs/csv-member-import.md}) into an {@link ImportPlan}.
 * Stores nothing: the plan can be shown to the user before {@link MemberImportService#apply} stores it.
 */
public final class MemberCsvReader {
    /**
     * Reads the whole file. Rows with problems end up in {@link ImportPlan#rejected()}; only a file that cannot
     * be read as a member list at all is refused.
     *
     * @throws CsvRefusedException when the file is not UTF-8, empty, badly quoted or lacks a required column
     * @throws id.jalin.kernel.task.CancelledException when the user cancelled
     */
    public ImportPlan read(InputStream in, Progress progress) throws IOException, CsvRefusedException {
        String text = decode(in.readAllBytes());
        if (text.startsWith("\ufeff")) {
            text = text.substring(1); // Excel writes a byte order mark to say "UTF-8"
        }
        if (text.isBlank()) {
            throw CsvRefusedException.because("member.import.error.empty");
        }
        List<CSVRecord> records = parse(text, DelimiterDetector.detect(firstLine(text)));
        MemberCsvHeader header = MemberCsvHeader.read(records.get(0).toList());
        ImportPlanBuilder plan = new ImportPlanBuilder(header);
        int total = records.size() - 1;
        for (int i = 1; i < records.size(); i++) {
            progress.checkCancelled();
            CSVRecord record = records.get(i);
            CsvRow row = new CsvRow(Math.toIntExact(record.getRecordNumber()), record.toList(), header);
            if (!row.isBlank()) {
                plan.add(row);
            }
            progress.update(i, total);
        }
        return plan.build();
    }

    private static String decode(byte[] bytes) throws CsvRefusedException {
        try {
            // Strict decoding: a file saved as ANSI/Windows-1252 would otherwise import names with garbage letters.
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            throw CsvRefusedException.because("member.import.error.encoding");
        }
    }

    private static String firstLine(String text) {
        int end = 0;
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        return text.substring(0, end);
    }

    private static List<CSVRecord> parse(String text, char delimiter) throws IOException, CsvRefusedException {
        // Empty lines are kept as records (and skipped later) so that record numbers stay spreadsheet row numbers.
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
            List<CSVRecord> records = new ArrayList<>();
            try {
                parser.forEach(records::add);
            } catch (UncheckedIOException | IllegalStateException broken) {
                throw CsvRefusedException.because("member.import.error.malformed", parser.getCurrentLineNumber());
            }
            return records;
        }
    }
}
