package id.jalin.kernel.db.transfer;

import java.time.Duration;
import java.util.List;

/** Every table with its rows and checksum on both sides, and how long the whole run took. */
public record TransferReport(List<TableCheck> tables, Duration took) {
    public TransferReport {
        tables = List.copyOf(tables);
    }

    public boolean allMatch() {
        return tables.stream().allMatch(TableCheck::matches);
    }

    /** The same figures with the time the whole run took (a backup: writing and reading back). */
    public TransferReport took(Duration whole) {
        return new TransferReport(tables, whole);
    }

    public long rows() {
        return tables.stream().mapToLong(TableCheck::actualRows).sum();
    }
}
