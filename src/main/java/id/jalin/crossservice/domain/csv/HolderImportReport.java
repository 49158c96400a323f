package id.jalin.crossservice.domain.csv;

import id.jalin.kernel.importing.ImportResult;
import id.jalin.kernel.importing.RejectedRow;
import java.util.List;

/** What an import stored: holders created and updated, and the rows refused with their reasons. */
public record HolderImportReport(int created, int updated, List<RejectedRow> rejected)
        implements ImportResult {
    public HolderImportReport {
        rejected = List.copyOf(rejected);
    }
}
