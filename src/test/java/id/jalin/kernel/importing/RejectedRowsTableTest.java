package id.jalin.kernel.importing;

import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.kernel.export.CsvTableWriter;
import id.jalin.kernel.export.ExportTable;
import id.jalin.kernel.validation.FieldError;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class RejectedRowsTableTest {
    private final RejectedRowsTable rejected = new RejectedRowsTable("baris", "alasan",
            error -> error.field() + ": " + error.messageKey() + error.args());
    private final RejectedRow row = new RejectedRow(5, List.of(
            FieldError.of("kind", "member.import.error.kind", "kampus"),
            FieldError.of("email", "member.error.email.shape", "x")), List.of("BAD", "Jl. A; No. 1", "kampus"));

    @Test
    void writesRowNumberFormattedReasonsAndTheOriginalCellsWithBomAndSemicolons() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        new CsvTableWriter().write(rejected.table("ditolak", List.of("kode", "alamat", "jenis"), List.of(row)), out);

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("\ufeffbaris;alasan;kode;alamat;jenis\r\n"
                + "5;\"kind: member.import.error.kind[kampus]; email: member.error.email.shape[x]\";"
                + "BAD;\"Jl. A; No. 1\";kampus\r\n");
    }

    @Test
    void tableKeepsTheSheetNameAndOneRecordPerRow() {
        ExportTable table = rejected.table("ditolak", List.of("kode", "alamat", "jenis"), List.of(row, row));

        assertThat(table.sheetName()).isEqualTo("ditolak");
        assertThat(table.headings()).containsExactly("baris", "alasan", "kode", "alamat", "jenis");
        assertThat(table.rows()).hasSize(2).allSatisfy(record -> assertThat(record).startsWith(5L).endsWith("kampus"));
    }
}
