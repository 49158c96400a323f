package id.jalin.crossservice.ui;

import id.jalin.crossservice.domain.CardHolder;
import id.jalin.crossservice.domain.CardHolderService;
import id.jalin.crossservice.domain.HolderKind;
import id.jalin.crossservice.domain.HolderRules;
import id.jalin.crossservice.domain.Photo;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.task.BackgroundTask;
import id.jalin.kernel.task.TaskExecutor;
import id.jalin.kernel.ui.FailureExplainer;
import id.jalin.kernel.validation.FieldError;
import id.jalin.kernel.validation.SaveResult;
import id.jalin.kernel.validation.Validation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/** The holder form: one property per field, the photo, and the errors per field. Stores only on {@link #save()}. */
final class HolderFormViewModel implements id.jalin.kernel.ui.UnsavedChanges {
    private final CardHolderService service;
    private final TaskExecutor executor;
    private final Messages messages;
    private final Supplier<Long> homeLibrary;
    private final Consumer<CardHolder> onSaved;

    final StringProperty number = new SimpleStringProperty("");
    final StringProperty name = new SimpleStringProperty("");
    final StringProperty programme = new SimpleStringProperty("");
    final ObjectProperty<HolderKind> kind = new SimpleObjectProperty<>(HolderKind.STUDENT);
    final StringProperty email = new SimpleStringProperty("");
    final StringProperty phone = new SimpleStringProperty("");
    final StringProperty heading = new SimpleStringProperty("");
    /** The stored photo's bytes, or null. */
    final ObjectProperty<byte[]> photo = new SimpleObjectProperty<>();
    final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    final BooleanProperty editing = new SimpleBooleanProperty(false);
    /** Whether the shown holder belongs to a library whose holders the person signed in may change. */
    final BooleanProperty mayEdit = new SimpleBooleanProperty(false);
    private final ObjectProperty<CardHolder> shown = new SimpleObjectProperty<>();
    /** Set when a save was refused because someone else saved or deleted first; the view asks what to do. */
    final ObjectProperty<SaveResult.Conflict> conflict = new SimpleObjectProperty<>();
    private final id.jalin.kernel.ui.DirtyTracker tracker = new id.jalin.kernel.ui.DirtyTracker(
            () -> java.util.Arrays.asList(number.get(), name.get(), programme.get(), kind.get(), email.get(),
                    phone.get()), number, name, programme, kind, email, phone);
    /** "Saved", shown quietly after a save until the next change. */
    final StringProperty savedNotice = new SimpleStringProperty("");
    private final id.jalin.kernel.ui.StepAfterSave afterSave = new id.jalin.kernel.ui.StepAfterSave();

    HolderFormViewModel(CardHolderService service, TaskExecutor executor, Messages messages,
                        Supplier<Long> homeLibrary, Consumer<CardHolder> onSaved) {
        this.service = service;
        this.executor = executor;
        this.messages = messages;
        this.homeLibrary = homeLibrary;
        this.onSaved = holder -> {
            tracker.markClean();
            savedNotice.set(messages.get("common.saved"));
            onSaved.accept(holder);
            afterSave.saved();
        };
        afterSave.droppedOnErrors(errors);
        conflict.addListener((obs, old, now) -> afterSave.drop());
        tracker.dirtyProperty().addListener((obs, was, dirty) -> {
            if (dirty) {
                savedNotice.set("");
            }
        });
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

    /** Shows the holder as stored (or an empty new form) again, at once for the fields. */
    @Override
    public void discard() {
        afterSave.drop();
        CardHolder holder = shown.get();
        if (holder == null) {
            clear();
        } else if (holder.isNew()) {
            startNew();
        } else {
            load(holder);
        }
    }

    void startNew() {
        Long library = homeLibrary.get();
        fill(CardHolder.newHolder(library == null ? 0 : library, "", "", "", HolderKind.STUDENT, "", ""));
        heading.set(messages.get("holder.screen.form.newTitle"));
        editing.set(library != null);
        mayEdit.set(library != null && service.mayChangeHoldersOf(library));
    }

    void load(CardHolder holder) {
        fill(holder);
        heading.set(holder.name());
        editing.set(true);
        mayEdit.set(service.mayChangeHoldersOf(holder.homeLibraryId()));
        long id = holder.id();
        executor.execute(BackgroundTask.wrap(progress -> service.photo(id)).titled(messages.get("holder.task.photo"))
                .onSuccess(found -> {
                    if (shown.get() != null && shown.get().id() != null && shown.get().id() == id) {
                        photo.set(found.map(Photo::content).orElse(null));
                    }
                }));
    }

    void clear() {
        // emptied, not only locked: another library's holder must not stay in sight beside this library's list
        number.set("");
        name.set("");
        programme.set("");
        kind.set(HolderKind.STUDENT);
        email.set("");
        phone.set("");
        shown.set(null);
        editing.set(false);
        mayEdit.set(false);
        heading.set("");
        photo.set(null);
        errors.clear();
        savedNotice.set("");
        tracker.markClean();
    }

    private void fill(CardHolder holder) {
        shown.set(holder);
        number.set(holder.number());
        name.set(holder.name());
        programme.set(holder.programme());
        kind.set(holder.kind());
        email.set(holder.email());
        phone.set(holder.phone());
        photo.set(null);
        errors.clear();
        savedNotice.set("");
        tracker.markClean();
    }

    CardHolder typed() {
        CardHolder base = shown.get();
        Long library = homeLibrary.get();
        long homeLibraryId = base != null && !base.isNew() ? base.homeLibraryId() : library == null ? 0 : library;
        return new CardHolder(base == null ? null : base.id(), base == null ? 0 : base.version(), homeLibraryId,
                number.get(), name.get(), programme.get(), kind.get(), email.get(), phone.get());
    }

    void save() {
        if (!editing.get()) {
            return;
        }
        CardHolder holder = typed();
        Validation rules = HolderRules.validate(holder);
        if (!rules.isValid()) {
            showErrors(rules);
            return;
        }
        errors.clear();
        executor.execute(BackgroundTask.wrap(progress -> service.save(holder))
                .titled(messages.get("holder.task.save", holder.name()))
                .onSuccess(outcome -> {
                    if (outcome instanceof SaveResult.Saved<CardHolder> saved) {
                        shown.set(saved.value());
                        heading.set(saved.value().name());
                        onSaved.accept(saved.value());
                    } else if (outcome instanceof SaveResult.Invalid<CardHolder> invalid) {
                        showErrors(invalid.validation());
                    } else if (outcome instanceof SaveResult.Conflict stale) {
                        conflict.set(stale);
                    }
                }));
    }

    /** After a conflict: throw away the typed text and show what is stored now (or a new form if it is gone). */
    void reloadAfterConflict() {
        CardHolder holder = shown.get();
        if (holder == null || holder.isNew()) {
            return;
        }
        long id = holder.id();
        executor.execute(BackgroundTask.wrap(progress -> service.holder(id))
                .titled(messages.get("holder.task.load", holder.name()))
                .onSuccess(found -> found.ifPresentOrElse(this::load, this::startNew)));
    }

    /**
     * After a conflict: keep the typed text but take the stored version number, so the next save re-applies it
     * over the other change; when the holder was deleted, the next save stores the typing as a new holder.
     */
    void keepMineAfterConflict() {
        CardHolder holder = shown.get();
        if (holder == null || holder.isNew()) {
            return;
        }
        long id = holder.id();
        executor.execute(BackgroundTask.wrap(progress -> service.holder(id))
                .titled(messages.get("holder.task.load", holder.name()))
                .onSuccess(found -> {
                    CardHolder mine = typed();
                    shown.set(found.map(stored -> new CardHolder(stored.id(), stored.version(), stored.homeLibraryId(),
                                    mine.number(), mine.name(), mine.programme(), mine.kind(), mine.email(), mine.phone()))
                            .orElse(new CardHolder(null, 0, mine.homeLibraryId(), mine.number(), mine.name(),
                                    mine.programme(), mine.kind(), mine.email(), mine.phone())));
                    errors.put("form", messages.get("stale.kept"));
                }));
    }

    /** Reads a photo file off the FX thread and keeps it with the stored holder, or says why not. */
    void choosePhoto(Path file) {
        CardHolder holder = shown.get();
        if (holder == null || holder.isNew()) {
            errors.put("photo", messages.get("holder.screen.photo.saveFirst"));
            return;
        }
        long id = holder.id();
        String fileName = file.getFileName().toString();
        executor.execute(BackgroundTask.wrap(progress -> {
                    byte[] content = Files.readAllBytes(file);
                    return new PhotoResult(service.setPhoto(id, fileName, content), content);
                }).titled(messages.get("holder.task.setPhoto"))
                .onSuccess(result -> {
                    if (result.stored() instanceof SaveResult.Invalid<Photo> invalid) {
                        showErrors(invalid.validation());
                    } else if (result.stored() instanceof SaveResult.Conflict stale) {
                        conflict.set(stale);
                    } else {
                        errors.remove("photo");
                        photo.set(result.content());
                    }
                })
                // Shown next to the photo, in words: the file's own error text is English from the JDK.
                .onFailure(failure -> errors.put("photo", messages.get("holder.screen.photo.unreadable", fileName,
                        new FailureExplainer(messages).reason(failure)))));
    }

    private record PhotoResult(SaveResult<Photo> stored, byte[] content) {
    }

    private void showErrors(Validation validation) {
        errors.clear();
        for (FieldError error : validation.errors()) {
            String field = error.field().startsWith("photo") ? "photo" : error.field();
            errors.putIfAbsent(field, messages.get(error.messageKey(), error.args().toArray()));
        }
    }

    ObjectProperty<CardHolder> shownProperty() {
        return shown;
    }
}
