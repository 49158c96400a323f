package id.jalin.crossservice.ui;

import id.jalin.crossservice.domain.AcademicYear;
import id.jalin.crossservice.domain.Card;
import id.jalin.crossservice.domain.CardHolder;
import id.jalin.crossservice.domain.CardService;
import id.jalin.crossservice.domain.CardStatus;
import id.jalin.forum.domain.ForumSettings;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.money.Money;
import id.jalin.kernel.task.BackgroundTask;
import id.jalin.kernel.task.TaskExecutor;
import id.jalin.kernel.task.Work;
import id.jalin.kernel.ui.FailureExplainer;
import id.jalin.kernel.validation.FieldError;
import id.jalin.kernel.validation.SaveResult;
import id.jalin.kernel.validation.Validation;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The cards of the holder shown in the form, and issuing, revoking and replacing them. The usual fee and the end of
 * the academic year are the forum's (read from the database through the forum's settings), the same at every desk.
 */
final class HolderCardsViewModel {
    /** One card in the table with its status today. */
    record CardRow(Card card, CardStatus status) {
    }

    /** What the issue dialog asks. The fee is typed text, read in the user's locale. */
    record IssueRequest(LocalDate issuedOn, LocalDate validUntil, String fee, String receipt) {
    }

    record RevokeRequest(LocalDate on, String reason) {
    }

    record ReplaceRequest(String fee, String receipt) {
    }

    private final CardService service;
    private final TaskExecutor executor;
    private final Messages messages;
    /** The forum's card rules, read in the background whenever a card is about to be issued or replaced. */
    private final Supplier<ForumSettings> cardRules;
    private final Runnable onChanged;

    final ObjectProperty<CardHolder> holder = new SimpleObjectProperty<>();
    /** Whether the shown holder's cards may be issued, revoked and replaced by the person signed in. */
    final javafx.beans.binding.BooleanBinding mayChange;
    final ObservableList<CardRow> cards = FXCollections.observableArrayList();
    final StringProperty error = new SimpleStringProperty("");
    /** Set when a card action met a card someone else changed or deleted; the view asks to reload. */
    final javafx.beans.property.ObjectProperty<SaveResult.Conflict> conflict =
            new javafx.beans.property.SimpleObjectProperty<>();

    HolderCardsViewModel(CardService service, TaskExecutor executor, Messages messages,
                         Supplier<ForumSettings> cardRules, Runnable onChanged) {
        this.service = service;
        this.mayChange = javafx.beans.binding.Bindings.createBooleanBinding(
                () -> holder.get() != null && service.mayChangeCardsOf(holder.get().homeLibraryId()), holder);
        this.executor = executor;
        this.messages = messages;
        this.cardRules = cardRules;
        this.onChanged = onChanged;
        holder.addListener((obs, old, shown) -> reload());
    }

    void reload() {
        CardHolder shown = holder.get();
        error.set("");
        if (shown == null || shown.isNew()) {
            cards.clear();
            return;
        }
        long id = shown.id();
        executor.execute(BackgroundTask.wrap(progress -> {
                    LocalDate today = service.today();
                    return service.cardsOf(id).stream()
                            .sorted(Comparator.comparing(Card::issuedOn).thenComparing(Card::id).reversed())
                            .map(c -> new CardRow(c, c.statusOn(today))).toList();
                }).titled(messages.get("card.task.list"))
                .onSuccess(rows -> {
                    if (holder.get() != null && holder.get().id() != null && holder.get().id() == id) {
                        cards.setAll(rows);
                    }
                })
                // Shown above the card list in words; the raw text is in the log.
                .onFailure(failure -> error.set(messages.get("holder.screen.loadFailed",
                        new FailureExplainer(messages).reason(failure)))));
    }

    boolean canIssue() {
        return holder.get() != null && !holder.get().isNew();
    }

    /**
     * The values the issue dialog starts with: today, the end of this academic year, the forum's usual fee. Reads
     * the database, so call it in the background ({@link #askIssueDefaults}).
     */
    IssueRequest issueDefaults() {
        LocalDate today = service.today();
        ForumSettings rules = cardRules.get();
        return new IssueRequest(today, AcademicYear.endOf(today, rules.academicYearEnd()),
                messages.money(rules.cardFee()), "");
    }

    /** Reads the forum's card rules off the FX thread and hands the issue dialog's first values to {@code then}. */
    void askIssueDefaults(Consumer<IssueRequest> then) {
        executor.execute(BackgroundTask.wrap(progress -> issueDefaults())
                .titled(messages.get("card.task.save"))
                .onSuccess(then));
    }

    /** As {@link #issueDefaults()}, for a replacement card: the forum's usual fee. Reads the database. */
    ReplaceRequest replaceDefaults() {
        return new ReplaceRequest(messages.money(cardRules.get().cardFee()), "");
    }

    void askReplaceDefaults(Consumer<ReplaceRequest> then) {
        executor.execute(BackgroundTask.wrap(progress -> replaceDefaults())
                .titled(messages.get("card.task.save"))
                .onSuccess(then));
    }

    RevokeRequest revokeDefaults() {
        return new RevokeRequest(service.today(), "");
    }

    /** Issues a card; errors go to {@code onInvalid} by field so the dialog can be shown again with them. */
    void issue(IssueRequest request, Consumer<Map<String, String>> onInvalid) {
        CardHolder shown = holder.get();
        if (shown == null || shown.isNew()) {
            return;
        }
        Optional<Money> fee = parseFee(request.fee());
        if (fee.isEmpty()) {
            onInvalid.accept(Map.of("fee", messages.get("card.screen.error.fee.format")));
            return;
        }
        // An emptied "valid until" means the forum's end of the academic year, as the dialog first offered.
        run(progress -> {
            LocalDate until = request.validUntil() != null || request.issuedOn() == null ? request.validUntil()
                    : AcademicYear.endOf(request.issuedOn(), cardRules.get().academicYearEnd());
            return service.issue(shown, request.issuedOn(), until, fee.get(), request.receipt());
        }, onInvalid);
    }

    void revoke(Card card, RevokeRequest request, Consumer<Map<String, String>> onInvalid) {
        run(progress -> service.revoke(card, request.on(), request.reason()), onInvalid);
    }

    void replaceLost(Card card, ReplaceRequest request, Consumer<Map<String, String>> onInvalid) {
        CardHolder shown = holder.get();
        Optional<Money> fee = parseFee(request.fee());
        if (fee.isEmpty()) {
            onInvalid.accept(Map.of("fee", messages.get("card.screen.error.fee.format")));
            return;
        }
        run(progress -> service.replaceLost(card, shown, fee.get(), request.receipt(),
                cardRules.get().academicYearEnd()), onInvalid);
    }

    Optional<Money> parseFee(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of(Money.ZERO);
        }
        return Money.parse(text, messages.language().locale());
    }

    private void run(Work<SaveResult<Card>> work, Consumer<Map<String, String>> onInvalid) {
        error.set("");
        executor.execute(BackgroundTask.wrap(work)
                .titled(messages.get("card.task.save"))
                .onSuccess(outcome -> {
                    if (outcome instanceof SaveResult.Invalid<Card> invalid) {
                        onInvalid.accept(byField(invalid.validation()));
                    } else if (outcome instanceof SaveResult.Conflict stale) {
                        conflict.set(stale);
                    } else {
                        reload();
                        onChanged.run();
                    }
                }));
    }

    /** After a conflict: show the cards as they are stored now, and let the holder list catch up. */
    void reloadAfterConflict() {
        reload();
        onChanged.run();
    }

    Map<String, String> byField(Validation validation) {
        Map<String, String> byField = new LinkedHashMap<>();
        for (FieldError error : validation.errors()) {
            byField.putIfAbsent(error.field(), messages.get(error.messageKey(), error.args().toArray()));
        }
        return byField;
    }
}
