package id.jalin.redistribution.domain;

/** A claim with the offer it is on, for the claim list and the hand-over list. */
public record ClaimRow(Claim claim, SurplusOffer offer) {
}
