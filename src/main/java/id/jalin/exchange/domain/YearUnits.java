package id.jalin.exchange.domain;

/** The units each side of a partnership sent in one year, reversals taken off: what the overview adds up. */
public record YearUnits(long partnershipId, int startYear, long firstUnits, long secondUnits) {
}
