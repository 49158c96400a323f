package id.jalin.kernel.importing;

import java.util.List;
import java.util.Set;

/**
 * What a file would import, before anything is stored: the items in file order, the rows already refused, the
 * file's headings (to write refused rows back in the same shape) and the columns it has (a column the file lacks
 * leaves the stored value alone).
 */
public record ImportPlan<T>(List<String> headings, Set<ImportColumn<?>> columns, List<Planned<T>> items,
                            List<RejectedRow> rejected) {
    public ImportPlan {
        headings = List.copyOf(headings);
        columns = Set.copyOf(columns);
        items = List.copyOf(items);
        rejected = List.copyOf(rejected);
    }

    public boolean has(ImportColumn<?> column) {
        return columns.contains(column);
    }
}
