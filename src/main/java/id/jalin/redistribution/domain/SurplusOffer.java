package id.jalin.redistribution.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Copies of one title a member offers to the others.
 *
 * @param closingDate the last day claims are taken; required for {@link AllocationRule#SMALLER_FIRST}, optional for
 *        first come (null: open until every copy is promised or the offer is withdrawn)
 * @param postedAt when it was posted (Asia/Jakarta); null until stored
 */
public record SurplusOffer(Long id, long giverId, String title, String author, String isbn, Integer year, int copies,
                           ItemCondition condition, SurplusReason reason, AllocationRule rule, LocalDate closingDate,
                           OfferStatus status, String note, LocalDateTime postedAt, String postedBy, long version) {
    public SurplusOffer {
        title = tidy(title);
        author = tidy(author);
        isbn = tidy(isbn);
        note = tidy(note);
        postedBy = tidy(postedBy);
        status = status == null ? OfferStatus.OPEN : status;
    }

    /** A new offer, not stored yet. */
    public static SurplusOffer of(long giverId, String title, String author, String isbn, Integer year, int copies,
                                  ItemCondition condition, SurplusReason reason, AllocationRule rule,
                                  LocalDate closingDate, String note) {
        return new SurplusOffer(null, giverId, title, author, isbn, year, copies, condition, reason, rule, closingDate,
                OfferStatus.OPEN, note, null, "", 0);
    }

    public SurplusOffer posted(long newId, LocalDateTime at, String by) {
        return new SurplusOffer(newId, giverId, title, author, isbn, year, copies, condition, reason, rule,
                closingDate, OfferStatus.OPEN, note, at, by, 1);
    }

    public SurplusOffer withStatus(OfferStatus newStatus, long newVersion) {
        return new SurplusOffer(id, giverId, title, author, isbn, year, copies, condition, reason, rule, closingDate,
                newStatus, note, postedAt, postedBy, newVersion);
    }

    /** Whether a claim made on {@code day} is in time: on or before the closing date, if there is one. */
    public boolean takesClaimsOn(LocalDate day) {
        return status == OfferStatus.OPEN && (closingDate == null || !day.isAfter(closingDate));
    }

    private static String tidy(String text) {
        return text == null ? "" : text.strip();
    }
}
