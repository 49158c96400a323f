package id.jalin.catalogue.domain;

/**
 * One member's holding of a work: its record of it, how many copies it has and where they stand on its shelves.
 *
 * @param recordId the stored record's id (the member's record as Jalin keeps it)
 * @param sourceId the member's own id for that record
 */
public record Holding(long memberId, long recordId, String sourceId, int copies, String callNumber) {
    public Holding {
        sourceId = sourceId == null ? "" : sourceId;
        callNumber = callNumber == null ? "" : callNumber;
    }
}
