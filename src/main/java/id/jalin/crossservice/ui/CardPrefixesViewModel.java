package id.jalin.crossservice.ui;

import id.jalin.crossservice.domain.CardPrefix;
import id.jalin.crossservice.domain.CardPrefixService;
import id.jalin.kernel.concurrency.RecordGoneException;
import id.jalin.kernel.concurrency.StaleRecordException;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.ui.FailureExplainer;
import id.jalin.kernel.task.BackgroundTask;
import id.jalin.kernel.task.TaskExecutor;
import id.jalin.kernel.validation.SaveResult;
import id.jalin.member.domain.Library;
import id.jalin.member.domain.MemberService;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Every member library with its card prefix, and setting one. Forum-wide data in the shared database, unlike the
 * card defaults of this workstation; a prefix is unique in the forum, so all of them are listed together.
 */
final class CardPrefixesViewModel {
    /** One library and its prefix, null while it has none (it gets the next free one with its first card). */
    record Row(Library library, CardPrefix prefix) {
        boolean editable() {
            return prefix == null || !prefix.hasCards();
        }
    }

    private record Loaded(List<Row> rows, OptionalInt nextFree) {
    }

    private final CardPrefixService prefixes;
    private final MemberService members;
    private final TaskExecutor executor;
    private final Messages messages;

    final ObservableList<Row> rows = FXCollections.observableArrayList();
    final ObjectProperty<Row> selected = new SimpleObjectProperty<>();
    final StringProperty typed = new SimpleStringProperty("");
    /** The message next to the prefix field; empty when there is none. */
    final StringProperty fieldError = new SimpleStringProperty("");
    final StringProperty nextFreeNote = new SimpleStringProperty("");
    /** What the selected row's field is about: its library, or why it cannot change. */
    final StringProperty selectionNote = new SimpleStringProperty("");
    final BooleanBinding editable = Bindings.createBooleanBinding(
            () -> selected.get() != null && selected.get().editable(), selected);

    /** Whether prefixes may be set at all by the person signed in (forum staff); the others only read them. */
    boolean maySet() {
        return prefixes.maySet();
    }

    CardPrefixesViewModel(CardPrefixService prefixes, MemberService members, TaskExecutor executor, Messages messages) {
        this.prefixes = prefixes;
        this.members = members;
        this.executor = executor;
        this.messages = messages;
        selected.addListener((obs, old, row) -> shown(row));
    }

    /** Reads libraries and prefixes off the FX thread; then selects {@code libraryId}'s row if given. */
    void load(Long libraryId) {
        executor.execute(BackgroundTask.wrap(progress -> {
                    Map<Long, CardPrefix> byLibrary = prefixes.prefixes().stream()
                            .collect(Collectors.toMap(CardPrefix::libraryId, Function.identity()));
                    List<Row> found = members.libraries().stream()
                            .map(l -> new Row(l, byLibrary.get(l.id()))).toList();
                    return new Loaded(found, prefixes.nextFree());
                })
                .onSuccess(loaded -> {
                    rows.setAll(loaded.rows());
                    nextFreeNote.set(loaded.nextFree().isPresent()
                            ? messages.get("card.prefix.nextFree", CardPrefix.format(loaded.nextFree().getAsInt()))
                            : messages.get("card.prefix.noneFree"));
                    selected.set(rows.stream().filter(r -> libraryId != null && r.library().id().equals(libraryId))
                            .findFirst().orElse(rows.isEmpty() ? null : rows.get(0)));
                })
                .onFailure(failure -> fieldError.set(messages.get("holder.screen.loadFailed",
                        new FailureExplainer(messages).reason(failure)))));
    }

    private void shown(Row row) {
        fieldError.set("");
        typed.set(row == null || row.prefix() == null ? "" : row.prefix().shown());
        if (row == null) {
            selectionNote.set("");
        } else if (!row.editable()) {
            selectionNote.set(messages.get("card.prefix.locked", row.prefix().shown(), row.library().name()));
        } else if (row.prefix() == null) {
            selectionNote.set(messages.get("card.prefix.unset", row.library().name()));
        } else {
            selectionNote.set(messages.get("card.prefix.editable", row.prefix().shown(), row.library().name()));
        }
    }

    /** Stores the typed prefix for the selected library; a refusal is shown next to the field. */
    void save() {
        Row row = selected.get();
        if (row == null || !row.editable()) {
            return;
        }
        long libraryId = row.library().id();
        Integer seenVersion = row.prefix() == null ? null : row.prefix().version();
        String text = typed.get();
        fieldError.set("");
        executor.execute(BackgroundTask.wrap(progress -> prefixes.set(libraryId, seenVersion, text))
                .onSuccess(outcome -> {
                    if (outcome instanceof SaveResult.Invalid<CardPrefix> invalid) {
                        invalid.validation().errorFor(CardPrefixService.FIELD).ifPresent(error ->
                                fieldError.set(messages.get(error.messageKey(), error.args().toArray())));
                    } else {
                        load(libraryId);
                    }
                })
                .onFailure(failure -> fieldError.set(
                        failure instanceof StaleRecordException || failure instanceof RecordGoneException
                                ? messages.get("card.prefix.error.stale")
                                : new FailureExplainer(messages).reason(failure))));
    }

    /** The prefix column: the three digits, or a dash for a library that has none yet. */
    String prefixText(Row row) {
        return row.prefix() == null ? "\u2014" : row.prefix().shown();
    }

    String cardsText(Row row) {
        return messages.get(row.prefix() != null && row.prefix().hasCards() ? "card.prefix.hasCards" : "card.prefix.noCards");
    }
}
