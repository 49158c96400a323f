package id.jalin.exchange.domain;

import java.util.Optional;

/** A partnership in the overview: its current year and who owes whom at its end so far. */
public record PartnershipStanding(Partnership partnership, PeriodBalance year, Optional<Owing> owing) {
}
