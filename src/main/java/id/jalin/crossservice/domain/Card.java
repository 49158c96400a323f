package id.jalin.crossservice.domain;

import id.jalin.kernel.money.Money;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A forum card issued to a holder. {@code number} is null only while a new card is checked, before storage
 * numbers it (see {@link CrossServiceRepository#issueCard}). Its status is not stored but read off the dates and its ending, so a card
 * expires at midnight without anyone having to run a job. {@code replacesId} links a replacement to the lost card.
 */
public record Card(
        Long id,
        int version,
        long holderId,
        CardNumber number,
        LocalDate issuedOn,
        LocalDate validUntil,
        Money fee,
        String receiptNumber,
        CardEnding ending,
        Long replacesId) {

    public Card {
        fee = fee == null ? Money.ZERO : fee;
        receiptNumber = receiptNumber == null ? "" : receiptNumber.strip();
    }

    public static Card issue(long holderId, CardNumber number, LocalDate issuedOn, LocalDate validUntil, Money fee,
                             String receiptNumber) {
        return new Card(null, 0, holderId, number, issuedOn, validUntil, fee, receiptNumber, null, null);
    }

    public boolean isNew() {
        return id == null;
    }

    /**
     * The status on {@code day}. The card is valid up to and including {@code validUntil}; an ending counts from
     * its date on, so a card revoked for tomorrow still opens doors today.
     */
    public CardStatus statusOn(LocalDate day) {
        if (ending != null && !day.isBefore(ending.on())) {
            return ending.kind() == CardEnding.Kind.REVOKED ? CardStatus.REVOKED : CardStatus.REPLACED;
        }
        return day.isAfter(validUntil) ? CardStatus.EXPIRED : CardStatus.ACTIVE;
    }

    public Optional<CardEnding> endingIfAny() {
        return Optional.ofNullable(ending);
    }

    public Card withId(long newId, int newVersion) {
        return new Card(newId, newVersion, holderId, number, issuedOn, validUntil, fee, receiptNumber, ending,
                replacesId);
    }

    public Card withEnding(CardEnding newEnding) {
        return new Card(id, version, holderId, number, issuedOn, validUntil, fee, receiptNumber, newEnding,
                replacesId);
    }

    public Card withNumber(CardNumber newNumber) {
        return new Card(id, version, holderId, newNumber, issuedOn, validUntil, fee, receiptNumber, ending,
                replacesId);
    }

    public Card replacing(long lostCardId) {
        return new Card(id, version, holderId, number, issuedOn, validUntil, fee, receiptNumber, ending, lostCardId);
    }
}
