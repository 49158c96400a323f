package id.jalin.kernel.db.transfer;

/** One table's row count and checksum (SHA-256 over its rows' canonical lines in key order, hex). */
public record TableFigures(String table, long rows, String checksum) {
}
