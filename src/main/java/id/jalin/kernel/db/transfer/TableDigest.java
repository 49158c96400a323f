package id.jalin.kernel.db.transfer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * A table's checksum: SHA-256 of each row's canonical line, those digests sorted, and SHA-256 over them. Sorting
 * the row digests makes the checksum independent of the order rows arrive in: H2 and PostgreSQL sort text keys by
 * different collations, so "the same rows in key order" is not the same sequence on both.
 */
final class TableDigest {
    private final String table;
    private final List<byte[]> rows = new ArrayList<>();
    private final MessageDigest sha = sha256();

    TableDigest(String table) {
        this.table = table;
    }

    void add(String line) {
        rows.add(sha.digest(line.getBytes(StandardCharsets.UTF_8)));
    }

    TableFigures figures() {
        rows.sort(Arrays::compareUnsigned);
        MessageDigest whole = sha256();
        rows.forEach(whole::update);
        return new TableFigures(table, rows.size(), HexFormat.of().formatHex(whole.digest()));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
