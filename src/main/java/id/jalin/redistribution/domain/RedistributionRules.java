package id.jalin.redistribution.domain;

import id.jalin.catalogue.domain.Isbn;
import id.jalin.kernel.validation.Validation;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.Set;

/** What an offer, a claim and each step of a hand-over must satisfy before anything is stored. */
public final class RedistributionRules {
    public static final int MOST_COPIES = 10_000;
    public static final int MAX_TEXT = 500;
    public static final int MAX_NOTE = 1000;
    public static final int EARLIEST_YEAR = 1450;
    /** Dates in a refusal, as a form shows them. */
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private RedistributionRules() {
    }

    /** An offer's own fields, whoever posts it: what an import row is checked by before anything else. */
    public static Validation offer(SurplusOffer offer, LocalDate today) {
        Validation.Builder errors = Validation.builder();
        errors.errorIf(offer.title().isEmpty(), "title", "redistribution.error.title");
        errors.errorIf(offer.title().length() > MAX_TEXT, "title", "redistribution.error.too_long", MAX_TEXT);
        errors.errorIf(offer.author().length() > MAX_TEXT, "author", "redistribution.error.too_long", MAX_TEXT);
        errors.errorIf(offer.note().length() > MAX_NOTE, "note", "redistribution.error.too_long", MAX_NOTE);
        if (!offer.isbn().isEmpty()) {
            Optional<Isbn> isbn = Isbn.read(offer.isbn());
            if (isbn.isEmpty() || offer.isbn().length() > 40) {
                errors.error("isbn", "redistribution.error.isbn", offer.isbn());
            } else if (!isbn.get().checkDigitValid()) {
                errors.error("isbn", "redistribution.error.isbn_check", offer.isbn());
            }
        }
        if (offer.year() != null) {
            errors.errorIf(offer.year() < EARLIEST_YEAR || offer.year() > today.getYear() + 1, "year",
                    "redistribution.error.year", EARLIEST_YEAR, today.getYear() + 1);
        }
        errors.errorIf(offer.copies() < 1 || offer.copies() > MOST_COPIES, "copies", "redistribution.error.copies",
                MOST_COPIES);
        errors.errorIf(offer.condition() == null, "condition", "redistribution.error.condition");
        errors.errorIf(offer.reason() == null, "reason", "redistribution.error.reason");
        errors.errorIf(offer.rule() == null, "rule", "redistribution.error.rule");
        errors.errorIf(offer.rule() == AllocationRule.SMALLER_FIRST && offer.closingDate() == null, "closingDate",
                "redistribution.error.closing_required");
        errors.errorIf(offer.closingDate() != null && offer.closingDate().isBefore(today), "closingDate",
                "redistribution.error.closing_past");
        return errors.build();
    }

    /** A new offer: its fields, and a giver that is a member still in the forum. */
    public static Validation posting(SurplusOffer offer, Set<Long> activeMembers, LocalDate today) {
        return Validation.builder()
                .errorIf(!activeMembers.contains(offer.giverId()), "giver", "redistribution.error.member")
                .build().and(offer(offer, today));
    }

    /**
     * A claim on an offer.
     *
     * @param claimedBefore whether the claimant already has a claim on this offer
     */
    public static Validation claim(Claim claim, SurplusOffer offer, Set<Long> activeMembers, boolean claimedBefore,
                                   LocalDate today) {
        Validation.Builder errors = Validation.builder();
        errors.errorIf(claim.claimantId() == offer.giverId(), "claimant", "redistribution.error.own_offer");
        errors.errorIf(claim.claimantId() != offer.giverId() && !activeMembers.contains(claim.claimantId()),
                "claimant", "redistribution.error.member");
        errors.errorIf(claimedBefore, "claimant", "redistribution.error.already_claimed");
        errors.errorIf(claim.copies() < 1, "copies", "redistribution.error.claim_copies");
        errors.errorIf(claim.copies() > offer.copies(), "copies", "redistribution.error.claim_more", offer.copies());
        errors.errorIf(claim.note().length() > MAX_TEXT, "note", "redistribution.error.too_long", MAX_TEXT);
        if (offer.status() != OfferStatus.OPEN) {
            errors.error("offer", notOpen(offer.status()));
        } else if (!offer.takesClaimsOn(today)) {
            errors.error("offer", "redistribution.error.after_closing", offer.closingDate().format(DAY));
        }
        return errors.build();
    }

    /** Deciding a smaller-libraries-first offer: open, and its closing date passed. */
    public static Validation allocation(SurplusOffer offer, LocalDate today) {
        Validation.Builder errors = Validation.builder();
        if (offer.status() != OfferStatus.OPEN) {
            errors.error("offer", notOpen(offer.status()));
        } else if (offer.rule() != AllocationRule.SMALLER_FIRST) {
            errors.error("offer", "redistribution.error.first_come_allocates_itself");
        } else {
            errors.errorIf(!today.isAfter(offer.closingDate()), "offer", "redistribution.error.before_closing",
                    offer.closingDate().format(DAY));
        }
        return errors.build();
    }

    public static Validation withdrawal(SurplusOffer offer) {
        return Validation.builder().errorIf(offer.status() != OfferStatus.OPEN, "offer",
                notOpen(offer.status())).build();
    }

    public static Validation shipping(Claim claim, LocalDate on, String shipment, LocalDate today) {
        Validation.Builder errors = Validation.builder();
        errors.errorIf(claim.state() != ClaimState.AGREED, "state", "redistribution.error.ship_not_agreed");
        errors.errorIf(on == null, "shippedOn", "redistribution.error.date");
        errors.errorIf(on != null && on.isAfter(today), "shippedOn", "redistribution.error.future");
        errors.errorIf(on != null && claim.claimedAt() != null && on.isBefore(claim.claimedAt().toLocalDate()),
                "shippedOn", "redistribution.error.ship_before_claim");
        errors.errorIf(shipment != null && shipment.strip().length() > 200, "shipment",
                "redistribution.error.too_long", 200);
        return errors.build();
    }

    public static Validation receiving(Claim claim, LocalDate on, LocalDate today) {
        Validation.Builder errors = Validation.builder();
        if (claim.state() == ClaimState.RECEIVED) {
            errors.error("state", "redistribution.error.received_already");
        } else {
            errors.errorIf(claim.state() != ClaimState.SHIPPED, "state", "redistribution.error.receive_before_ship");
        }
        errors.errorIf(on == null, "receivedOn", "redistribution.error.date");
        errors.errorIf(on != null && on.isAfter(today), "receivedOn", "redistribution.error.future");
        errors.errorIf(on != null && claim.shippedOn() != null && on.isBefore(claim.shippedOn()), "receivedOn",
                "redistribution.error.receive_before_shipped_on");
        return errors.build();
    }

    /** The refusal for an offer no longer open. */
    private static String notOpen(OfferStatus status) {
        return status == OfferStatus.WITHDRAWN ? "redistribution.error.offer_withdrawn"
                : "redistribution.error.offer_closed";
    }
}
