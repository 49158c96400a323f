package id.jalin.crossservice.domain;

import id.jalin.kernel.validation.Validation;

/** What a card must satisfy before it is stored. */
public final class CardRules {
    private CardRules() {
    }

    public static Validation validate(Card card) {
        Validation.Builder errors = Validation.builder();
        errors.errorIf(card.issuedOn() == null, "issuedOn", "card.error.issued.required");
        errors.errorIf(card.validUntil() == null, "validUntil", "card.error.validUntil.required");
        errors.errorIf(card.issuedOn() != null && card.validUntil() != null
                        && card.validUntil().isBefore(card.issuedOn()),
                "validUntil", "card.error.validUntil.beforeIssue");
        errors.errorIf(card.fee().isNegative(), "fee", "card.error.fee.negative");
        // A paid fee is income the treasurer must be able to trace to a receipt.
        errors.errorIf(card.fee().rupiah() > 0 && card.receiptNumber().isEmpty(),
                "receiptNumber", "card.error.receipt.required");
        errors.errorIf(card.receiptNumber().length() > 60, "receiptNumber", "card.error.tooLong", 60);
        return errors.build();
    }

    public static Validation validateEnding(Card card, CardEnding ending) {
        Validation.Builder errors = Validation.builder();
        errors.errorIf(card.ending() != null, "ending", "card.error.alreadyEnded");
        errors.errorIf(ending.on() == null, "endedOn", "card.error.ended.date");
        errors.errorIf(ending.on() != null && card.issuedOn() != null && ending.on().isBefore(card.issuedOn()),
                "endedOn", "card.error.ended.beforeIssue");
        errors.errorIf(ending.kind() == CardEnding.Kind.REVOKED && ending.reason().isEmpty(),
                "endedReason", "card.error.revoke.reason");
        return errors.build();
    }
}
