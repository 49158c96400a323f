package id.jalin.exchange.domain;

import java.time.LocalDateTime;

/** A year of a partnership closed by a coordinator: no entry goes into it after, and its closing balance is kept. */
public record ClosedPeriod(long partnershipId, int startYear, Balance closing, LocalDateTime closedAt,
                           String closedBy) {
}
