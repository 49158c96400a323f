package id.jalin.agreement.ui;

import id.jalin.agreement.domain.Agreement;
import id.jalin.agreement.domain.AgreementKind;
import id.jalin.agreement.domain.AgreementNumber;
import id.jalin.agreement.domain.AgreementService;
import id.jalin.agreement.domain.AgreementStatus;
import id.jalin.agreement.domain.Article;
import id.jalin.agreement.domain.ClauseTemplate;
import id.jalin.agreement.domain.CooperationForm;
import id.jalin.agreement.domain.Obligation;
import id.jalin.agreement.domain.ObligationSchedule;
import id.jalin.agreement.domain.ObligationState;
import id.jalin.agreement.domain.Party;
import id.jalin.agreement.domain.Renewal;
import id.jalin.agreement.domain.RenewalKind;
import id.jalin.agreement.domain.SinclairType;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.task.BackgroundTask;
import id.jalin.kernel.task.TaskExecutor;
import id.jalin.kernel.validation.FieldError;
import id.jalin.kernel.validation.SaveResult;
import id.jalin.kernel.validation.Validation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * One agreement being edited: general terms, parties, articles and obligations. Nothing is stored until
 * {@link #save()}, which stores the whole agreement in one transaction. Fulfilments are logged at once.
 */
public final class AgreementEditorViewModel implements id.jalin.kernel.ui.UnsavedChanges {
    private final AgreementService service;
    private final TaskExecutor executor;
    private final Messages messages;
    private final Consumer<Agreement> onSaved;

    final ObjectProperty<AgreementKind> kind = new SimpleObjectProperty<>(AgreementKind.PKS);
    final StringProperty number = new SimpleStringProperty("");
    final StringProperty titleId = new SimpleStringProperty("");
    final StringProperty titleEn = new SimpleStringProperty("");
    final ObjectProperty<SinclairType> type = new SimpleObjectProperty<>(SinclairType.A_BILATERAL_EXCHANGE);
    final Map<CooperationForm, BooleanProperty> forms = new EnumMap<>(CooperationForm.class);
    final ObjectProperty<LocalDate> signedOn = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> startsOn = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> endsOn = new SimpleObjectProperty<>();
    final ObjectProperty<RenewalKind> renewalKind = new SimpleObjectProperty<>(RenewalKind.NONE);
    final StringProperty renewalMonths = new SimpleStringProperty("12");
    final StringProperty noticeDays = new SimpleStringProperty("30");
    final ObjectProperty<LocalDate> noticeGivenOn = new SimpleObjectProperty<>();
    final StringProperty notes = new SimpleStringProperty("");
    final ObservableList<Party> parties = FXCollections.observableArrayList();
    final ObservableList<Article> articles = FXCollections.observableArrayList();
    final ObservableList<Obligation> obligations = FXCollections.observableArrayList();
    final ObservableMap<String, String> errors = FXCollections.observableHashMap();

    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<AgreementStatus> status = new ReadOnlyObjectWrapper<>(AgreementStatus.DRAFT);
    private final ReadOnlyBooleanWrapper stored = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    /** Whether the person signed in may change agreements at all (forum staff); the service checks again. */
    private final ReadOnlyBooleanWrapper mayChange = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ObjectProperty<Agreement> current = new SimpleObjectProperty<>();
    /** Set when a save was refused because someone else saved or deleted first; the view asks what to do. */
    private final ReadOnlyObjectWrapper<SaveResult.Conflict> conflict = new ReadOnlyObjectWrapper<>();

    private final id.jalin.kernel.ui.DirtyTracker tracker;
    private final id.jalin.kernel.ui.StepAfterSave afterSave = new id.jalin.kernel.ui.StepAfterSave();

    private AgreementNumber generatedNumber;
    /** True while a stored or fresh agreement is copied into the fields, so listeners do not react to it. */
    private boolean filling;

    public javafx.beans.property.ReadOnlyBooleanProperty mayChangeProperty() {
        return mayChange.getReadOnlyProperty();
    }

    public AgreementEditorViewModel(AgreementService service, TaskExecutor executor, Messages messages,
                                    Consumer<Agreement> onSaved) {
        this.service = service;
        this.mayChange.set(service.mayChange());
        this.executor = executor;
        this.messages = messages;
        this.onSaved = agreement -> {
            onSaved.accept(agreement);
            afterSave.saved();
        };
        for (CooperationForm form : CooperationForm.values()) {
            forms.put(form, new SimpleBooleanProperty(false));
        }
        List<javafx.beans.Observable> sources = new ArrayList<>(List.of(kind, number, titleId, titleEn, type,
                signedOn, startsOn, endsOn, renewalKind, renewalMonths, noticeDays, noticeGivenOn, notes, parties,
                articles, obligations));
        sources.addAll(forms.values());
        tracker = new id.jalin.kernel.ui.DirtyTracker(this::typedState, sources.toArray(javafx.beans.Observable[]::new));
        afterSave.droppedOnErrors(errors);
        conflict.addListener((obs, old, now) -> afterSave.drop());
        kind.addListener((obs, old, now) -> {
            if (!filling && !stored.get() && now != null) {
                proposeNumber();
            }
        });
    }

    /** The editable fields as one value; obligations without their fulfilment logs, which are stored at once. */
    private Object typedState() {
        return java.util.Arrays.asList(kind.get(), number.get(), titleId.get(), titleEn.get(), type.get(),
                forms.entrySet().stream().filter(e -> e.getValue().get()).map(Map.Entry::getKey).toList(),
                signedOn.get(), startsOn.get(), endsOn.get(), renewalKind.get(), renewalMonths.get(), noticeDays.get(),
                noticeGivenOn.get(), notes.get(), List.copyOf(parties), List.copyOf(articles),
                obligations.stream().map(o -> java.util.Arrays.asList(o.id(), o.partyNumber(), o.descriptionId(),
                        o.descriptionEn(), o.recurrence(), o.firstDueOn())).toList());
    }

    @Override
    public javafx.beans.value.ObservableBooleanValue dirtyProperty() {
        return tracker.dirtyProperty();
    }

    @Override
    public void save(Runnable then) {
        afterSave.await(then);
        save();
    }

    /** Shows the agreement as loaded or last saved again (a new one starts afresh). */
    @Override
    public void discard() {
        afterSave.drop();
        Agreement agreement = current.get();
        if (agreement == null || agreement.isNew()) {
            startNew(kind.get());
        } else {
            fill(agreement);
            heading.set(agreement.number().text());
            status.set(service.status(agreement));
        }
    }

    /** A fresh agreement of the given kind, numbered with the next free number, starting today for two years. */
    public void startNew(AgreementKind newKind) {
        LocalDate today = service.today();
        fill(new Agreement(null, 0, newKind, new AgreementNumber("", today.getYear(), 0), "", "",
                SinclairType.A_BILATERAL_EXCHANGE, Set.of(), null, today, today.plusYears(2).minusDays(1), Renewal.NONE,
                null, null, null, "", List.of(), List.of(), List.of()));
        stored.set(false);
        heading.set(messages.get("agreement.editor.newTitle", newKind.code()));
        proposeNumber();
    }

    private void proposeNumber() {
        AgreementKind chosen = kind.get();
        LocalDate date = signedOn.get() != null ? signedOn.get() : service.today();
        executor.execute(BackgroundTask.wrap(progress -> service.nextNumber(chosen, date)).titled(messages.get("agreement.task.number"))
                .onSuccess(next -> {
                    if (stored.get()) {
                        return;
                    }
                    // Keep a number the user typed by hand; replace only our own proposal.
                    boolean wasClean = !tracker.isDirty();
                    if (number.get().isBlank() || generatedNumber != null && number.get().equals(generatedNumber.text())) {
                        number.set(next.text());
                    }
                    if (wasClean) {
                        tracker.markClean();
                    }
                    generatedNumber = next;
                }));
    }

    public void load(Agreement agreement) {
        stored.set(!agreement.isNew());
        fill(agreement);
        heading.set(agreement.number().text());
        generatedNumber = agreement.number();
        if (agreement.isNew()) {
            return;
        }
        // The status needs the forum's warning days and the renewals, both in the database: work it out off the
        // FX thread and show it only if the same agreement is still open when it arrives.
        executor.execute(BackgroundTask.wrap(progress -> service.status(agreement)).titled(messages.get("agreement.task.status"))
                .onSuccess(worked -> {
                    if (current.get() == agreement) {
                        status.set(worked);
                    }
                }));
    }

    private void fill(Agreement a) {
        filling = true;
        try {
            copy(a);
        } finally {
            filling = false;
        }
    }

    private void copy(Agreement a) {
        current.set(a);
        kind.set(a.kind());
        number.set(a.number().text());
        titleId.set(a.titleId());
        titleEn.set(a.titleEn());
        type.set(a.type());
        forms.forEach((form, selected) -> selected.set(a.forms().contains(form)));
        signedOn.set(a.signedOn());
        startsOn.set(a.startsOn());
        endsOn.set(a.endsOn());
        renewalKind.set(a.renewal().kind());
        renewalMonths.set(a.renewal().months() > 0 ? String.valueOf(a.renewal().months()) : "12");
        noticeDays.set(String.valueOf(a.renewal().isAutomatic() ? a.renewal().noticeDays() : 30));
        noticeGivenOn.set(a.noticeGivenOn());
        notes.set(a.notes());
        parties.setAll(a.parties());
        articles.setAll(a.articles());
        obligations.setAll(a.obligations());
        errors.clear();
        notice.set("");
        status.set(AgreementStatus.DRAFT);
        if (tracker != null) {
            tracker.markClean();
        }
    }

    /** The agreement as typed; number fields that are not numbers become errors. */
    Agreement typed(List<FieldError> typing) {
        Agreement base = current.get();
        Renewal renewal = Renewal.NONE;
        if (renewalKind.get() == RenewalKind.AUTOMATIC) {
            renewal = new Renewal(RenewalKind.AUTOMATIC, whole(renewalMonths.get(), "renewalMonths", typing),
                    whole(noticeDays.get(), "noticeDays", typing));
        } else if (renewalKind.get() == RenewalKind.NEW_AGREEMENT) {
            renewal = new Renewal(RenewalKind.NEW_AGREEMENT, 0, 0);
        }
        Set<CooperationForm> chosen = EnumSet.noneOf(CooperationForm.class);
        forms.forEach((form, selected) -> {
            if (selected.get()) {
                chosen.add(form);
            }
        });
        AgreementNumber typedNumber = numberFor(number.get().strip());
        return new Agreement(base.id(), base.version(), kind.get(), typedNumber, titleId.get(), titleEn.get(), type.get(),
                chosen, signedOn.get(), startsOn.get(), endsOn.get(), renewal, noticeGivenOn.get(), base.termination(),
                base.previousId(), notes.get(), new ArrayList<>(parties), new ArrayList<>(articles),
                new ArrayList<>(obligations));
    }

    /** Keeps the running count of a generated number even if the text was edited, so numbering stays in order. */
    private AgreementNumber numberFor(String text) {
        if (generatedNumber != null) {
            return generatedNumber.withText(text);
        }
        LocalDate date = signedOn.get() != null ? signedOn.get() : service.today();
        return new AgreementNumber(text, date.getYear(), 0);
    }

    private static int whole(String text, String field, List<FieldError> typing) {
        try {
            return Integer.parseInt(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            typing.add(FieldError.of(field, "agreement.error.wholeNumber"));
            return 0;
        }
    }

    public void save() {
        List<FieldError> typing = new ArrayList<>();
        Agreement agreement = typed(typing);
        if (!typing.isEmpty()) {
            showErrors(new Validation(typing));
            return;
        }
        run(progress -> service.save(agreement), "agreement.notice.saved");
    }

    /** Creates the next period as a new agreement and opens it. */
    public void renew() {
        Agreement agreement = current.get();
        if (agreement == null || agreement.isNew()) {
            return;
        }
        run(progress -> service.renew(agreement), "agreement.notice.renewed");
    }

    /** Ends the agreement early; {@code result} hears the validation on the FX thread. */
    public void terminate(LocalDate on, String reason, Consumer<Validation> result) {
        Agreement agreement = current.get();
        if (agreement == null || agreement.isNew()) {
            return;
        }
        executor.execute(BackgroundTask.wrap(progress -> service.terminate(agreement, on, reason))
                .titled(messages.get("agreement.task.save", agreement.number().text()))
                .onSuccess(outcome -> {
                    if (outcome instanceof SaveResult.Saved<Agreement> saved) {
                        load(saved.value());
                        onSaved.accept(saved.value());
                        notice.set(messages.get("agreement.notice.terminated"));
                        result.accept(Validation.ok());
                    } else if (outcome instanceof SaveResult.Invalid<Agreement> invalid) {
                        result.accept(invalid.validation());
                    } else if (outcome instanceof SaveResult.Conflict stale) {
                        result.accept(Validation.ok());
                        conflict.set(stale);
                    }
                }));
    }

    /** Logs a fulfilment at once (no need to save the agreement) and shows the updated log. */
    public void recordFulfilment(Obligation obligation, LocalDate on, String note, Consumer<Validation> result) {
        Long agreementId = current.get().id();
        executor.execute(BackgroundTask.wrap(progress -> {
                    SaveResult<?> recorded = service.recordFulfilment(obligation.id(), on, note);
                    return new Logged(recorded, recorded.isSaved() ? service.agreement(agreementId).orElse(null) : null);
                })
                .titled(messages.get("agreement.task.fulfilment"))
                .onSuccess(logged -> {
                    if (logged.result() instanceof SaveResult.Conflict stale) {
                        result.accept(Validation.ok());
                        conflict.set(stale);
                        return;
                    }
                    if (logged.fresh() != null) {
                        // Keep unsaved edits elsewhere in the form; refresh only the obligations' logs.
                        current.set(current.get().withObligations(logged.fresh().obligations()));
                        var freshById = logged.fresh().obligations().stream()
                                .collect(java.util.stream.Collectors.toMap(Obligation::id, o -> o));
                        obligations.replaceAll(o -> o.id() != null && freshById.containsKey(o.id())
                                ? withLog(o, freshById.get(o.id())) : o);
                    }
                    result.accept(logged.result() instanceof SaveResult.Invalid<?> invalid
                            ? invalid.validation() : Validation.ok());
                }));
    }

    /** The row as edited here, with the log as stored. */
    private static Obligation withLog(Obligation edited, Obligation stored) {
        return new Obligation(edited.id(), edited.partyNumber(), edited.descriptionId(), edited.descriptionEn(),
                edited.recurrence(), edited.firstDueOn(), stored.fulfilments());
    }

    private record Logged(SaveResult<?> result, Agreement fresh) {
    }

    private void run(id.jalin.kernel.task.Work<SaveResult<Agreement>> work, String noticeKey) {
        errors.clear();
        busy.set(true);
        executor.execute(BackgroundTask.wrap(work)
                .titled(messages.get("agreement.task.save", number.get()))
                .whenDone(() -> busy.set(false))
                .onSuccess(outcome -> {
                    if (outcome instanceof SaveResult.Saved<Agreement> saved) {
                        load(saved.value());
                        onSaved.accept(saved.value());
                        notice.set(messages.get(noticeKey, saved.value().number().text()));
                    } else if (outcome instanceof SaveResult.Invalid<Agreement> invalid) {
                        showErrors(invalid.validation());
                    } else if (outcome instanceof SaveResult.Conflict stale) {
                        conflict.set(stale);
                    }
                }));
    }

    /**
     * After someone else saved first: keep the typed text but take the stored version number, so the next save
     * deliberately re-applies it over their change.
     */
    public void keepMineAfterConflict() {
        Agreement agreement = current.get();
        if (agreement == null || agreement.isNew()) {
            return;
        }
        executor.execute(BackgroundTask.wrap(progress -> service.agreement(agreement.id()))
                .titled(messages.get("agreement.task.load", agreement.number().text()))
                .onSuccess(found -> found.ifPresent(stored -> {
                    current.set(current.get().withIdentity(stored.id(), stored.version()));
                    errors.put("form", messages.get("stale.kept"));
                })));
    }

    public ReadOnlyObjectProperty<SaveResult.Conflict> conflictProperty() {
        return conflict.getReadOnlyProperty();
    }

    public void dismissConflict() {
        conflict.set(null);
    }

    /** Throws away the typed text and shows what is stored now. */
    public void reload() {
        Agreement agreement = current.get();
        if (agreement == null || agreement.isNew()) {
            startNew(kind.get());
            return;
        }
        executor.execute(BackgroundTask.wrap(progress -> service.agreement(agreement.id())).titled(messages.get("agreement.task.reload"))
                .onSuccess(found -> found.ifPresentOrElse(this::load, () -> startNew(kind.get()))));
    }

    void showErrors(Validation validation) {
        errors.clear();
        for (FieldError error : validation.errors()) {
            errors.merge(error.field(), messages.get(error.messageKey(), error.args().toArray()),
                    (first, second) -> first + "\n" + second);
        }
    }

    public void insertClause(ClauseTemplate template) {
        articles.add(template.toArticle());
    }

    public void moveArticle(int index, int delta) {
        int target = index + delta;
        if (index < 0 || target < 0 || index >= articles.size() || target >= articles.size()) {
            return;
        }
        Article moved = articles.remove(index);
        articles.add(target, moved);
    }

    public ObligationState obligationState(Obligation obligation) {
        Agreement agreement = current.get();
        LocalDate today = service.today();
        LocalDate until = agreement == null || agreement.endsOn() == null ? today : agreement.effectiveEnd(today);
        return ObligationSchedule.stateOn(obligation, until, today);
    }

    public List<ClauseTemplate> clauseLibrary() {
        return service.clauseLibrary();
    }

    public Agreement current() {
        return current.get();
    }

    public ReadOnlyObjectProperty<Agreement> currentProperty() {
        return current;
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<AgreementStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty storedProperty() {
        return stored.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ObservableMap<String, String> errors() {
        return errors;
    }

    Messages messages() {
        return messages;
    }
}
