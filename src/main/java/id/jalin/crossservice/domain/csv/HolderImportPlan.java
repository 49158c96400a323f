package id.jalin.crossservice.domain.csv;

import id.jalin.kernel.csv.RejectedRow;
import java.util.List;
import java.util.Set;

/**
 * What a file would import, before anything is stored: the holders in file order, the rows already refused,
 * the file's headings (to write refused rows back) and which columns it has (a missing optional column leaves
 * the stored value alone).
 */
public record HolderImportPlan(List<String> headings, Set<HolderCsvColumn> columns, List<PlannedHolder> holders,
                               List<RejectedRow> rejected) {
    public HolderImportPlan {
        headings = List.copyOf(headings);
        columns = Set.copyOf(columns);
        holders = List.copyOf(holders);
        rejected = List.copyOf(rejected);
    }
}
