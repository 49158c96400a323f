package id.jalin.redistribution.domain;

import id.jalin.kernel.importing.ImportResult;
import id.jalin.kernel.importing.RejectedRow;
import java.util.List;

/** What an offer import stored: the offers posted, and the rows refused with their reasons. */
public record OfferImportReport(int posted, List<RejectedRow> rejected) implements ImportResult {
    public OfferImportReport {
        rejected = List.copyOf(rejected);
    }
}
