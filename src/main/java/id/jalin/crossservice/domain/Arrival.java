package id.jalin.crossservice.domain;

import java.time.LocalDateTime;

/**
 * One scan at a host library's desk, whatever the verdict: the log shows refused visitors as well as welcomed
 * ones. {@code cardId} is null when no card was found; {@code holderId} is read through the card, not stored.
 */
public record Arrival(Long id, LocalDateTime arrivedAt, long hostLibraryId, String scannedText, Long cardId,
                      Long holderId, Verdict verdict) {

    static Arrival of(DeskVerdict verdict, long hostLibraryId, LocalDateTime at) {
        return new Arrival(null, at, hostLibraryId, verdict.scannedText(),
                verdict.cardIfKnown().map(Card::id).orElse(null),
                verdict.cardIfKnown().map(Card::holderId).orElse(null), verdict.verdict());
    }
}
