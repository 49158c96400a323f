package id.jalin.acquisition.domain;

import id.jalin.kernel.importing.ImportResult;
import id.jalin.kernel.importing.RejectedRow;
import java.util.List;

/** What a proposal import stored: the lines added, and the rows refused with their reasons. */
public record ProposalImportReport(int added, List<RejectedRow> rejected) implements ImportResult {
    public ProposalImportReport {
        rejected = List.copyOf(rejected);
    }
}
