package id.jalin.member.domain.csv;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Small helpers for writing test files inline. */
final class CsvFiles {
    private CsvFiles() {
    }

    /** The lines joined with CRLF, as UTF-8 bytes. */
    static InputStream csv(String... lines) {
        return new ByteArrayInputStream(String.join("\r\n", lines).getBytes(StandardCharsets.UTF_8));
    }

    static InputStream example() {
        return CsvFiles.class.getResourceAsStream("/csv/members-example.csv");
    }
}
