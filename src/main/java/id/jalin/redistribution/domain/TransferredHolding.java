package id.jalin.redistribution.domain;

import java.time.LocalDate;

/**
 * Copies that changed hands: on receipt they leave the giver's holdings and join the receiver's.
 *
 * @param claimId the hand-over they arrived by: moving the same hand-over twice must move nothing the second time
 */
public record TransferredHolding(long claimId, long giverId, long receiverId, String title, String author,
                                 String isbn, Integer year, int copies, LocalDate receivedOn) {
}
