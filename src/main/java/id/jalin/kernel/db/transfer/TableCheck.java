package id.jalin.kernel.db.transfer;

/** One line of a transfer report: what the source (or archive) had and what the target holds now. */
public record TableCheck(String table, long expectedRows, String expectedChecksum, long actualRows,
                         String actualChecksum) {
    public boolean matches() {
        return expectedRows == actualRows && expectedChecksum.equals(actualChecksum);
    }

    static TableCheck of(TableFigures expected, TableFigures actual) {
        return new TableCheck(expected.table(), expected.rows(), expected.checksum(), actual.rows(), actual.checksum());
    }
}
