package id.jalin.catalogue.print;

import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.catalogue.domain.ClusterRow;
import id.jalin.catalogue.domain.MatchRule;
import id.jalin.kernel.i18n.Language;
import id.jalin.kernel.i18n.Messages;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The clusters export read back with commons-csv, as a reviewer's spreadsheet would open it. */
class ClustersCsvTest {
    private static final CSVFormat READ = CSVFormat.DEFAULT.builder().setDelimiter(';').get();

    private static byte[] written(Language language, List<ClusterRow> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ClustersCsv csv = new ClustersCsv(new Messages(language), out)) {
            rows.forEach(csv);
        }
        return out.toByteArray();
    }

    private static List<CSVRecord> read(byte[] bytes) throws IOException {
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\ufeff");
        try (CSVParser parser = CSVParser.parse(new StringReader(text.substring(1)), READ)) {
            return parser.getRecords();
        }
    }

    private static final List<ClusterRow> ROWS = List.of(
            new ClusterRow(501, "UNPAD", "b-17", MatchRule.ISBN, "Tafs\u012Br al-Qur\u02BE\u0101n; kajian \"tematik\""),
            new ClusterRow(501, "UIN-SGD", "000123", MatchRule.SIMILAR_TITLE, "=HYPERLINK(\"http://evil.example\",\"Klik\")"),
            new ClusterRow(502, "ITB", "-7", MatchRule.OWN, "+62 lagu daerah"));

    @Test
    void headingsThenOneLinePerRecordWithTheRuleInWordsAndAsItsConstant() throws IOException {
        List<CSVRecord> records = read(written(Language.INDONESIAN, ROWS));

        assertThat(records.get(0).values()).containsExactly("Kode anggota", "ID cantuman anggota", "ID karya",
                "Aturan", "Kode aturan", "Judul");
        assertThat(records.get(1).values()).containsExactly("UNPAD", "b-17", "501", "ISBN sama", "ISBN",
                "Tafs\u012Br al-Qur\u02BE\u0101n; kajian \"tematik\"");
        assertThat(records.get(2).get(3)).isEqualTo("Judul hampir sama, pengarang, tahun dan edisi sama");
        assertThat(records.get(2).get(4)).isEqualTo("SIMILAR_TITLE");
        assertThat(records).hasSize(4);
    }

    @Test
    void noCellStartsAFormula() throws IOException {
        List<CSVRecord> records = read(written(Language.ENGLISH, ROWS));

        assertThat(records.get(2).get(5)).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"Klik\")");
        assertThat(records.get(3).get(1)).isEqualTo("'-7");
        assertThat(records.get(3).get(5)).isEqualTo("'+62 lagu daerah");
        assertThat(records.get(3).get(3)).isEqualTo("No match: a work of its own");
    }

    @Test
    void rowsReachTheStreamBeforeTheExportIsClosed() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ClustersCsv csv = new ClustersCsv(new Messages(Language.INDONESIAN), out);
        for (int i = 0; i < 5_000; i++) {
            csv.accept(new ClusterRow(i, "UNPAD", "b-" + i, MatchRule.OWN, "Judul nomor " + i));
        }
        // a writer that kept the rows until the end would have written nothing yet
        assertThat(out.size()).isGreaterThan(100_000);
        csv.close();
        assertThat(read(out.toByteArray())).hasSize(5_001);
    }
}
