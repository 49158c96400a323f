package id.jalin.crossservice.domain;

import id.jalin.kernel.i18n.Labels;

import java.time.LocalDate;

/**
 * How a card stopped before its time: withdrawn by the forum (REVOKED, with a reason), or reported lost and
 * replaced by a new card (REPLACED). Once ended a card stays ended; a replacement is a new card.
 */
public record CardEnding(Kind kind, LocalDate on, String reason) {
    @Labels({}) // the ending is told by the card status's words
    public enum Kind { REVOKED, REPLACED }

    public CardEnding {
        reason = reason == null ? "" : reason.strip();
    }
}
