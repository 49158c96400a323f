package id.jalin.acquisition.domain;

import java.time.LocalDate;

/**
 * Copies that arrived, to be placed at the member that asked for them and added to its holdings in the union
 * catalogue, so the next round's check finds them.
 *
 * @param receiptId the receipt they arrived on: placing the same receipt twice must add nothing the second time
 */
public record PlacedCopies(long receiptId, long roundId, long lineId, long memberId, Title title, ItemFormat format,
                           int copies, LocalDate receivedOn, String invoiceNumber) {
}
