package id.jalin.kernel.csv;

import java.io.IOException;
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
 * The steps every CSV import shares: strict UTF-8 decoding, the header line, and parsing into records whose numbers
 * are spreadsheet row numbers. Each import passes the bundle keys that explain a refusal in its own words.
 */
public final class CsvText {
    private CsvText() {
    }

    /** Decodes strictly: a file saved as ANSI/Windows-1252 would otherwise import names with garbage letters. */
    public static String decodeUtf8(byte[] bytes, String notUtf8Key) throws CsvRefusedException {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            throw CsvRefusedException.because(notUtf8Key);
        }
    }

    public static String firstLine(String text) {
        int end = 0;
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        return text.substring(0, end);
    }

    /** Parses all records; broken quoting refuses the file with {@code malformedKey} and the line number. */
    public static List<CSVRecord> parse(String text, char delimiter, String malformedKey)
            throws IOException, CsvRefusedException {
        // Empty lines are kept as records (and skipped later) so that record numbers stay spreadsheet row numbers.
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
            List<CSVRecord> records = new ArrayList<>();
            try {
                parser.forEach(records::add);
            } catch (UncheckedIOException | IllegalStateException broken) {
                throw CsvRefusedException.because(malformedKey, parser.getCurrentLineNumber());
            }
            return records;
        }
    }
}
