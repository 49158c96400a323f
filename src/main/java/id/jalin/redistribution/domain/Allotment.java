package id.jalin.redistribution.domain;

/** What the rule gave one claim: {@code copies} of the offer, 0 when nothing was left for it. */
public record Allotment(long claimId, int copies) {
}
