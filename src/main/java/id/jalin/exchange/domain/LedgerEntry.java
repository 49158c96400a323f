package id.jalin.exchange.domain;

import java.time.LocalDate;

/**
 * One shipment on an exchange ledger, or the reversal of one: entries are never changed or deleted, a mistake is
 * corrected by a reversing entry, so the history stays as it happened.
 *
 * @param units how many of the partnership's units the shipment counts for
 * @param reversesId the entry this one reverses, or null for a shipment
 */
public record LedgerEntry(Long id, long partnershipId, LocalDate date, Direction direction, String title,
                          PublicationKind kind, String volumeIssue, int copies, int units, String shipment,
                          String note, Long reversesId) {
    public LedgerEntry {
        title = text(title);
        volumeIssue = text(volumeIssue);
        shipment = text(shipment);
        note = text(note);
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    public boolean reversal() {
        return reversesId != null;
    }

    /** The units as they count in the balance: a reversal takes its shipment's units back. */
    public int signedUnits() {
        return reversal() ? -units : units;
    }

    /** The entry that undoes this one, dated {@code on}, with the reason in its note. */
    public LedgerEntry reversedOn(LocalDate on, String reason) {
        return new LedgerEntry(null, partnershipId, on, direction, title, kind, volumeIssue, copies, units, shipment,
                reason, id);
    }

    public LedgerEntry stored(long newId) {
        return new LedgerEntry(newId, partnershipId, date, direction, title, kind, volumeIssue, copies, units,
                shipment, note, reversesId);
    }
}
