package id.jalin.crossservice.domain;

import java.time.LocalDate;

/**
 * The days in which holders' cards come to their end: a card counts when it is the holder's newest card not revoked
 * or lost and its last valid day falls in the span (a holder already given a longer card is not counted).
 */
public record CardsEnding(LocalDate from, LocalDate to) {
    /** How far ahead: a month, time enough to renew a cohort's cards before they stop working at the door. */
    public static final int WITHIN_DAYS = 30;

    /** From {@code today} to {@value #WITHIN_DAYS} days after it. */
    public static CardsEnding soonAfter(LocalDate today) {
        return new CardsEnding(today, today.plusDays(WITHIN_DAYS));
    }

    public boolean contains(LocalDate day) {
        return day != null && !day.isBefore(from) && !day.isAfter(to);
    }
}
