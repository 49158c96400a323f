package id.jalin.forum.ui;

import id.jalin.forum.domain.ForumProfile;
import id.jalin.forum.domain.ForumProfileService;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.ui.FailureExplainer;
import id.jalin.kernel.task.BackgroundTask;
import id.jalin.kernel.task.TaskExecutor;
import id.jalin.kernel.validation.SaveResult;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/**
 * The first start on a database whose forum has no name yet: the name (required), and optionally the short code
 * for agreement numbers and the secretariat's address. Everything else waits for File, Forum profile.
 */
public final class ForumNameViewModel {
    public final StringProperty name = new SimpleStringProperty("");
    public final StringProperty code = new SimpleStringProperty("");
    public final StringProperty address = new SimpleStringProperty("");
    /** Messages by field ("name", "code", "address", "form"); empty when all is well. */
    public final ObservableMap<String, String> errors = FXCollections.observableHashMap();

    private final ForumProfileService forum;
    private final TaskExecutor executor;
    private final Messages messages;
    private final ForumProfile unnamed;
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public ForumNameViewModel(ForumProfileService forum, TaskExecutor executor, Messages messages,
                              ForumProfile unnamed) {
        this.forum = forum;
        this.executor = executor;
        this.messages = messages;
        this.unnamed = unnamed;
        name.set(unnamed.name());
        code.set(unnamed.code());
        address.set(unnamed.address());
    }

    /** Stores the name off the FX thread; {@code onSaved} gets the stored profile, errors go next to the fields. */
    public void save(Consumer<ForumProfile> onSaved) {
        errors.clear();
        ForumProfile typed = unnamed.named(name.get(), code.get(), address.get());
        busy.set(true);
        executor.execute(BackgroundTask.wrap(progress -> forum.save(typed))
                .onSuccess(outcome -> {
                    busy.set(false);
                    if (outcome instanceof SaveResult.Saved<ForumProfile> saved) {
                        onSaved.accept(saved.value());
                    } else if (outcome instanceof SaveResult.Invalid<ForumProfile> invalid) {
                        errors.putAll(id.jalin.kernel.ui.FieldErrorTexts.byField(invalid.validation(), messages));
                    }
                })
                .onFailure(failure -> {
                    busy.set(false);
                    errors.put("form", messages.get("forum.first.error.saveFailed", new FailureExplainer(messages).reason(failure)));
                }));
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }
}
