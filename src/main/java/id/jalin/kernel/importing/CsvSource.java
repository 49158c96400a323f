package id.jalin.kernel.importing;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads a CSV file into rows of text: encoding and separator detected, record numbers as spreadsheet rows. */
final class CsvSource {
    private CsvSource() {
    }

    /**
     * @param knownHeading whether a cell is a heading the import knows, which decides the separator
     * @throws ImportRefusedException when a quotation mark is not closed
     */
    static List<SourceRow> read(byte[] bytes, Predicate<String> knownHeading) throws ImportRefusedException {
        String text = TextDecoding.decode(bytes);
        if (text.isBlank()) {
            return List.of();
        }
        char separator = SeparatorDetector.detect(text, knownHeading);
        // Empty lines are kept as records (and skipped later) so that record numbers stay spreadsheet row numbers.
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator).setIgnoreEmptyLines(false).get();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
            List<SourceRow> rows = new ArrayList<>();
            try {
                for (CSVRecord record : parser) {
                    rows.add(new SourceRow(Math.toIntExact(record.getRecordNumber()), record.toList()));
                }
            } catch (UncheckedIOException | IllegalStateException broken) {
                throw ImportRefusedException.because("import.error.malformed", parser.getCurrentLineNumber());
            }
            return rows;
        } catch (IOException cannotHappenOnAString) {
            throw new UncheckedIOException(cannotHappenOnAString);
        }
    }
}
