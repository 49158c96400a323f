package id.jalin.kernel.csv;

import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.kernel.validation.FieldError;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class RejectedRowsCsvTest {
    @Test
    void writesRowNumberFormattedReasonsAndTheOriginalCellsWithBomAndSemicolons() throws Exception {
        RejectedRowsCsv writer = new RejectedRowsCsv("baris", "alasan",
                error -> error.field() + ": " + error.messageKey() + error.args());
        RejectedRow row = new RejectedRow(5, List.of(
                FieldError.of("kind", "member.import.error.kind", "kampus"),
                FieldError.of("email", "member.error.email.shape", "x")), List.of("BAD", "Jl. A; No. 1", "kampus"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        writer.write(List.of("kode", "alamat", "jenis"), List.of(row), out);

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("\ufeffbaris;alasan;kode;alamat;jenis\r\n"
                + "5;\"kind: member.import.error.kind[kampus]; email: member.error.email.shape[x]\";"
                + "BAD;\"Jl. A; No. 1\";kampus\r\n");
    }
}
