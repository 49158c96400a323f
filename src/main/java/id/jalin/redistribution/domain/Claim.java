package id.jalin.redistribution.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A member's claim on an offer, and once the rule has decided, its allocation and hand-over.
 *
 * @param copies the copies wanted
 * @param allocated the copies the rule gave it; null while {@link ClaimState#WAITING}
 */
public record Claim(Long id, long offerId, long claimantId, int copies, String note, LocalDateTime claimedAt,
                    String claimedBy, Integer allocated, ClaimState state, LocalDate shippedOn, String shipment,
                    LocalDate receivedOn, long version) {
    public Claim {
        note = note == null ? "" : note.strip();
        claimedBy = claimedBy == null ? "" : claimedBy.strip();
        shipment = shipment == null ? "" : shipment.strip();
        state = state == null ? ClaimState.WAITING : state;
    }

    /** A new claim, not stored yet. */
    public static Claim of(long offerId, long claimantId, int copies, String note) {
        return new Claim(null, offerId, claimantId, copies, note, null, "", null, ClaimState.WAITING, null, "", null,
                0);
    }

    /** The claim as made at {@code at} by {@code by}, with what the rule gave it at once (null: decided later). */
    public Claim made(LocalDateTime at, String by, Integer allotted) {
        ClaimState after = allotted == null ? ClaimState.WAITING
                : allotted > 0 ? ClaimState.AGREED : ClaimState.NOT_ALLOCATED;
        return new Claim(id, offerId, claimantId, copies, note, at, by, allotted, after, shippedOn, shipment,
                receivedOn, version);
    }

    public Claim stored(long newId, long newVersion) {
        return new Claim(newId, offerId, claimantId, copies, note, claimedAt, claimedBy, allocated, state, shippedOn,
                shipment, receivedOn, newVersion);
    }

    public Claim allotted(int given) {
        return new Claim(id, offerId, claimantId, copies, note, claimedAt, claimedBy, given,
                given > 0 ? ClaimState.AGREED : ClaimState.NOT_ALLOCATED, shippedOn, shipment, receivedOn, version);
    }

    public Claim shipped(LocalDate on, String reference) {
        return new Claim(id, offerId, claimantId, copies, note, claimedAt, claimedBy, allocated, ClaimState.SHIPPED,
                on, reference, receivedOn, version);
    }

    public Claim received(LocalDate on) {
        return new Claim(id, offerId, claimantId, copies, note, claimedAt, claimedBy, allocated, ClaimState.RECEIVED,
                shippedOn, shipment, on, version);
    }

    /** Copies allocated, 0 while waiting. */
    public int allocatedCopies() {
        return allocated == null ? 0 : allocated;
    }
}
