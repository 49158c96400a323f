package id.jalin.crossservice.domain;

/**
 * One line of the visit log as the reports show and export it: the arrival with its holder's name and number read
 * in the same query (blank when the scan found no card), so a page of the log is one query, not one per holder.
 */
public record VisitLogEntry(Arrival arrival, String holderName, String holderNumber) {
    public VisitLogEntry {
        holderName = holderName == null ? "" : holderName;
        holderNumber = holderNumber == null ? "" : holderNumber;
    }

    public boolean hasHolder() {
        return arrival.holderId() != null;
    }
}
