package id.jalin.crossservice.domain;

import id.jalin.kernel.money.Money;
import id.jalin.kernel.validation.SaveResult;
import id.jalin.kernel.validation.Validation;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Issues, ends and replaces forum cards, numbers them, and reports the fees they brought in. */
public final class CardService {
    private final CrossServiceRepository repository;
    private final Clock clock;

    public CardService(CrossServiceRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public List<Card> cardsOf(long holderId) {
        return repository.cardsOf(holderId);
    }

    public Optional<Card> card(long cardId) {
        return repository.findCard(cardId);
    }

    public CardStatus status(Card card) {
        return card.statusOn(today());
    }

    /**
     * The next free number for a holder's card issued on {@code issuedOn}. The library part is the home library's
     * register id, which never changes, so a card's number keeps telling where its holder comes from.
     */
    public CardNumber nextNumber(CardHolder holder, LocalDate issuedOn) {
        int year = issuedOn.getYear() % 100;
        return CardNumber.generate(year, holder.homeLibraryId(),
                repository.highestRunningNumber(year, holder.homeLibraryId()) + 1);
    }

    /**
     * Issues a card numbered {@link #nextNumber}. Without {@code validUntil} it runs to the end of the academic
     * year of issue.
     */
    public SaveResult<Card> issue(CardHolder holder, LocalDate issuedOn, LocalDate validUntil, Money fee, String receipt) {
        LocalDate until = validUntil != null ? validUntil : issuedOn == null ? null : AcademicYear.endOf(issuedOn);
        LocalDate numbered = issuedOn == null ? today() : issuedOn;
        Card card = Card.issue(holder.id(), nextNumber(holder, numbered), issuedOn, until, fee, receipt);
        return save(card);
    }

    public SaveResult<Card> save(Card card) {
        Validation validation = CardRules.validate(card);
        return SaveResult.store(validation, () -> repository.saveCard(card));
    }

    /** Withdraws a card from {@code on}, for a reason the holder is told. */
    public SaveResult<Card> revoke(Card card, LocalDate on, String reason) {
        CardEnding ending = new CardEnding(CardEnding.Kind.REVOKED, on, reason);
        Validation validation = CardRules.validateEnding(card, ending);
        return SaveResult.store(validation, () -> repository.saveCard(card.withEnding(ending)));
    }

    /**
     * Ends a lost card today and issues its replacement, valid as long as the lost one was, with a new number
     * (the old number may be in a finder's hands). Both happen in one transaction.
     */
    public SaveResult<Card> replaceLost(Card lost, CardHolder holder, Money fee, String receipt) {
        LocalDate today = today();
        CardEnding ending = new CardEnding(CardEnding.Kind.REPLACED, today, "");
        Card replacement = Card.issue(holder.id(), nextNumber(holder, today), today,
                lost.validUntil().isBefore(today) ? AcademicYear.endOf(today) : lost.validUntil(), fee, receipt)
                .replacing(lost.id());
        Validation validation = CardRules.validateEnding(lost, ending).and(CardRules.validate(replacement));
        return SaveResult.store(validation, () -> repository.replaceCard(lost.withEnding(ending), replacement));
    }

    /** Fee income per home library and month, for cards issued from {@code from} to {@code to} inclusive. */
    public List<FeeIncome> feeIncome(LocalDate from, LocalDate to) {
        return repository.feeIncome(from, to);
    }
}
