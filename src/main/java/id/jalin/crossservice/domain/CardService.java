package id.jalin.crossservice.domain;

import id.jalin.kernel.access.Permissions;
import id.jalin.kernel.money.Money;
import id.jalin.kernel.validation.SaveResult;
import id.jalin.kernel.validation.Validation;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Issues, ends and replaces forum cards, numbers them, and reports the fees they brought in. A card belongs to its
 * holder's home library: forum staff and that library's staff issue, revoke and replace it (decision record 0016).
 */
public final class CardService {
    private final CrossServiceRepository repository;
    private final Clock clock;
    private final LibraryGuard guard;
    private final Permissions permissions;

    public CardService(CrossServiceRepository repository, Clock clock, Permissions permissions) {
        this.repository = repository;
        this.clock = clock;
        this.guard = new LibraryGuard(repository, permissions);
        this.permissions = permissions;
    }

    /**
     * The cohorts whose cards end within {@value CardsEnding#WITHIN_DAYS} days, per library and day, for the start
     * screen: a library's staff see their own library's, the forum's staff every library's.
     */
    public List<EndingCards> ending() {
        return repository.cardsEnding(CardsEnding.soonAfter(today()), permissions.actor().library().orElse(null));
    }

    /** Whether to offer issuing, revoking and replacing the cards of this library's holders. */
    public boolean mayChangeCardsOf(long homeLibraryId) {
        return guard.mayChange(homeLibraryId);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public List<Card> cardsOf(long holderId) {
        return repository.cardsOf(holderId);
    }

    /** The cards of many holders in one query, newest first per holder. */
    public Map<Long, List<Card>> cardsOf(Collection<Long> holderIds) {
        return holderIds.isEmpty() ? Map.of() : repository.cardsOfHolders(holderIds);
    }

    public Optional<Card> card(long cardId) {
        return repository.findCard(cardId);
    }

    public CardStatus status(Card card) {
        return card.statusOn(today());
    }

    /**
     * Issues a card to the holder. Without {@code validUntil} it runs to the end of the academic year of issue
     * (31 August; callers with a configured year end pass the date). The number is given by storage in the
     * transaction that stores the card: the home library's card prefix, and the next running number of that
     * prefix in the year of issue (decision record 0008).
     */
    public SaveResult<Card> issue(CardHolder holder, LocalDate issuedOn, LocalDate validUntil, Money fee, String receipt) {
        guard.requireHolder(holder, "issue a card");
        LocalDate until = validUntil != null ? validUntil : issuedOn == null ? null : AcademicYear.endOf(issuedOn);
        Card unnumbered = Card.issue(holder.id(), null, issuedOn, until, fee, receipt);
        Validation validation = CardRules.validate(unnumbered);
        return SaveResult.store(validation, () -> repository.issueCard(holder.homeLibraryId(), numberYear(issuedOn),
                unnumbered::withNumber));
    }

    /** Stores changes to a card that already has its number. */
    public SaveResult<Card> save(Card card) {
        guard.requireCard(card, "change a card");
        Validation validation = CardRules.validate(card);
        return SaveResult.store(validation, () -> repository.saveCard(card));
    }

    private static int numberYear(LocalDate issuedOn) {
        return issuedOn.getYear() % 100;
    }

    /** Withdraws a card from {@code on}, for a reason the holder is told. */
    public SaveResult<Card> revoke(Card card, LocalDate on, String reason) {
        guard.requireCard(card, "revoke a card");
        CardEnding ending = new CardEnding(CardEnding.Kind.REVOKED, on, reason);
        Validation validation = CardRules.validateEnding(card, ending);
        return SaveResult.store(validation, () -> repository.saveCard(card.withEnding(ending)));
    }

    /**
     * Ends a lost card today and issues its replacement with a new number (the old number may be in a finder's
     * hands), valid to the end of the academic year as this forum configures it ({@code yearEnd}, e.g. 31 August).
     * Both happen in one transaction.
     */
    public SaveResult<Card> replaceLost(Card lost, CardHolder holder, Money fee, String receipt, MonthDay yearEnd) {
        guard.requireCard(lost, "replace a lost card");
        guard.requireHolder(holder, "replace a lost card");
        LocalDate today = today();
        CardEnding ending = new CardEnding(CardEnding.Kind.REPLACED, today, "");
        Card replacement = Card.issue(holder.id(), null, today, AcademicYear.endOf(today, yearEnd), fee, receipt)
                .replacing(lost.id());
        Validation validation = CardRules.validateEnding(lost, ending).and(CardRules.validate(replacement));
        return SaveResult.store(validation, () -> repository.replaceCard(lost.withEnding(ending), holder.homeLibraryId(),
                numberYear(today), replacement::withNumber));
    }

    /** Fee income per home library and month, for cards issued from {@code from} to {@code to} inclusive. */
    public List<FeeIncome> feeIncome(LocalDate from, LocalDate to) {
        return repository.feeIncome(from, to);
    }
}
