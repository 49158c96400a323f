package id.jalin.crossservice.domain;

import id.jalin.member.domain.MemberStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Decides what the arrival desk says about a scanned card. The check digit is tested before any lookup, so a
 * misread number is reported as such instead of as "unknown card"; then the card's own standing; and only a
 * valid card is checked against its home library's standing in the forum, then announcements and the host's rule.
 */
public final class DeskCheck {
    private final DeskLookup lookup;
    private final HomeLibraryStatus homeStatus;

    public DeskCheck(DeskLookup lookup, HomeLibraryStatus homeStatus) {
        this.lookup = lookup;
        this.homeStatus = homeStatus;
    }

    public DeskVerdict verdict(String scannedText, long hostLibraryId, LocalDate today) {
        String scanned = scannedText == null ? "" : scannedText.strip();
        CardNumber.Reading reading = CardNumber.read(scanned);
        if (reading instanceof CardNumber.Reading.BadCheckDigit) {
            return DeskVerdict.nothingFound(Verdict.BAD_CHECK_DIGIT, scanned);
        }
        if (!(reading instanceof CardNumber.Reading.Valid valid)) {
            return DeskVerdict.nothingFound(Verdict.UNKNOWN_NUMBER, scanned);
        }
        Optional<Card> found = lookup.findCardByNumber(valid.number());
        if (found.isEmpty()) {
            return DeskVerdict.nothingFound(Verdict.UNKNOWN_NUMBER, scanned);
        }
        Card card = found.get();
        CardHolder holder = lookup.findHolder(card.holderId()).orElse(null);
        CardStatus status = card.statusOn(today);
        Verdict standing = switch (status) {
            case EXPIRED -> Verdict.EXPIRED;
            case REVOKED -> Verdict.REVOKED;
            case REPLACED -> Verdict.REPLACED;
            case ACTIVE -> null;
        };
        if (standing == null && holder != null) {
            standing = homeStanding(holder.homeLibraryId());
        }
        if (standing != null) {
            return new DeskVerdict(standing, scanned, holder, card, null);
        }
        List<VisitAnnouncement> announced = lookup.announcementsCovering(card.holderId(), hostLibraryId, today);
        if (!announced.isEmpty()) {
            return new DeskVerdict(Verdict.WELCOME, scanned, holder, card, announced.get(0));
        }
        Verdict unannounced = lookup.hostRule(hostLibraryId).unannounced() == UnannouncedPolicy.REFUSE
                ? Verdict.VALID_NOT_ANNOUNCED_REFUSED : Verdict.VALID_NOT_ANNOUNCED_ALLOWED;
        return new DeskVerdict(unannounced, scanned, holder, card, null);
    }

    /** Cards outlive membership: a library that left or was suspended keeps its printed cards, not the service. */
    private Verdict homeStanding(long homeLibraryId) {
        return switch (homeStatus.of(homeLibraryId).orElse(MemberStatus.LEFT)) {
            case ACTIVE -> null;
            case SUSPENDED -> Verdict.HOME_LIBRARY_SUSPENDED;
            case LEFT -> Verdict.HOME_LIBRARY_LEFT;
        };
    }
}
