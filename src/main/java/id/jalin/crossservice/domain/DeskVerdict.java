package id.jalin.crossservice.domain;

import java.util.Optional;

/**
 * The desk's answer to one scan, with what the librarian needs to see: the holder (to compare the face with
 * the photo), the card, and today's announcement if there is one. Details are null when the scan found nothing.
 */
public record DeskVerdict(Verdict verdict, String scannedText, CardHolder holder, Card card,
                          VisitAnnouncement announcement) {

    static DeskVerdict nothingFound(Verdict verdict, String scannedText) {
        return new DeskVerdict(verdict, scannedText, null, null, null);
    }

    public Optional<CardHolder> holderIfKnown() {
        return Optional.ofNullable(holder);
    }

    public Optional<Card> cardIfKnown() {
        return Optional.ofNullable(card);
    }

    public Optional<VisitAnnouncement> announcementIfAny() {
        return Optional.ofNullable(announcement);
    }
}
