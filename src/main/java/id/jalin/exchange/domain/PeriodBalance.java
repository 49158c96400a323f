package id.jalin.exchange.domain;

/**
 * One year of a partnership: what it opened with (carried over from the year before once that was closed), the
 * units each side sent in it, and where it ends.
 */
public record PeriodBalance(ExchangePeriod period, Balance opening, long firstUnits, long secondUnits,
                            Balance closing, boolean closed) {
}
