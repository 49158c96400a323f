package id.jalin.member.domain.csv;

import id.jalin.kernel.importing.ImportResult;
import id.jalin.kernel.importing.RejectedRow;
import java.util.List;

/** What an import stored: libraries created and updated, staff added and updated, and the rows refused. */
public record ImportReport(int created, int updated, int staffAdded, int staffUpdated, List<RejectedRow> rejected)
        implements ImportResult {
    public ImportReport {
        rejected = List.copyOf(rejected);
    }
}
