package id.jalin.crossservice.domain;

import java.time.LocalDate;

/** How many of a library's holders have their card end on one day ({@link CardsEnding}): one line per cohort. */
public record EndingCards(long libraryId, LocalDate validUntil, int holders) {
}
