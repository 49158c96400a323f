package id.jalin.training.domain;

import id.jalin.kernel.importing.ImportResult;
import id.jalin.kernel.importing.RejectedRow;
import java.util.List;

/** What a registration import stored: people holding a place, people put on the waiting list, rows refused. */
public record RegistrationImportReport(int registered, int waiting, List<RejectedRow> rejected)
        implements ImportResult {
    public RegistrationImportReport {
        rejected = List.copyOf(rejected);
    }
}
