package id.jalin.catalogue.domain;

import java.time.LocalDateTime;

/**
 * A member's record as the union catalogue keeps it: its id, whose it is, the work it sits in and why, and when it
 * first arrived (null: it came with the member's first load, so its date is not known).
 */
public record StoredRecord(long id, long memberId, long workId, MatchRule rule, CatalogueRecord record,
                           LocalDateTime arrivedAt) {
}
