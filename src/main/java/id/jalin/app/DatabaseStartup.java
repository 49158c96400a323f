package id.jalin.app;

import id.jalin.kernel.db.ConnectionSettings;
import id.jalin.kernel.db.Database;
import id.jalin.kernel.db.DatabaseMode;
import id.jalin.kernel.db.DatabaseUnavailableException;
import id.jalin.kernel.db.OpeningStep;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.settings.ConnectionPreferences;
import id.jalin.kernel.task.BackgroundTask;
import id.jalin.kernel.task.TaskExecutor;
import id.jalin.kernel.ui.Dialogs;
import id.jalin.kernel.ui.FailureExplainer;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.VBox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the database the preferences name before the main window shows. Opening and migrating run off the FX
 * thread while the start window says which step it is at; the questions (password, what now) are asked on the FX
 * thread over the start window. A failure becomes a message that says what to do (another Jalin has the file open,
 * the server is unreachable, the password was refused) and a choice, never a stack trace.
 */
final class DatabaseStartup {
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseStartup.class);

    record Opened(ConnectionSettings settings, Database database) {
    }

    private final ConnectionPreferences preferences;
    private final Messages messages;
    private final TaskExecutor executor;
    private final StartWindow window;
    private final Dialogs dialogs;

    DatabaseStartup(ConnectionPreferences preferences, Messages messages, TaskExecutor executor, StartWindow window) {
        this.preferences = preferences;
        this.messages = messages;
        this.executor = executor;
        this.window = window;
        this.dialogs = new Dialogs(messages);
    }

    /** The database to open, with the password the keyring remembered for it (empty: ask). */
    private record Wanted(ConnectionSettings settings, Optional<String> remembered,
                          ConnectionPreferences.OldPassword oldPassword) {
    }

    /** Starts opening; exactly one of {@code onOpened} and {@code onGiveUp} is called later, on the FX thread. */
    void open(Consumer<Opened> onOpened, Runnable onGiveUp) {
        // The keyring may take seconds to answer (or to say there is none): asked in the background.
        executor.execute(BackgroundTask.wrap(progress -> {
                    ConnectionPreferences.OldPassword old = preferences.moveOldPassword();
                    ConnectionSettings wanted = preferences.load();
                    Optional<String> remembered = wanted.mode() == DatabaseMode.SHARED_POSTGRES
                            ? preferences.rememberedPassword(wanted) : Optional.empty();
                    return new Wanted(wanted, remembered, old);
                })
                .onSuccess(wanted -> withPassword(wanted, onOpened, onGiveUp))
                .onFailure(failure -> {
                    LOG.warn("Could not read the remembered connection; asking instead", failure);
                    withPassword(new Wanted(preferences.load(), Optional.empty(),
                            ConnectionPreferences.OldPassword.NONE), onOpened, onGiveUp);
                }));
    }

    private void withPassword(Wanted wanted, Consumer<Opened> onOpened, Runnable onGiveUp) {
        ConnectionSettings settings = wanted.settings();
        if (settings.mode() == DatabaseMode.SHARED_POSTGRES) {
            Optional<String> password = wanted.remembered().isPresent() ? wanted.remembered()
                    : askPassword(settings, wanted.oldPassword() == ConnectionPreferences.OldPassword.DELETED);
            if (password.isEmpty()) {
                onGiveUp.run();
                return;
            }
            settings = settings.withPassword(password.get());
        }
        attempt(settings, onOpened, onGiveUp);
    }

    private void attempt(ConnectionSettings chosen, Consumer<Opened> onOpened, Runnable onGiveUp) {
        window.step(messages.get("startup.step.opening", where(chosen)));
        executor.execute(BackgroundTask.wrap(progress -> Database.open(chosen, this::report))
                .onSuccess(database -> onOpened.accept(new Opened(chosen, database)))
                .onFailure(failure -> {
                    if (failure instanceof DatabaseUnavailableException unavailable) {
                        LOG.warn("Could not open {}: {}", chosen, unavailable.getMessage());
                        askWhatNext(chosen, unavailable).ifPresentOrElse(
                                next -> nextAttempt(next, unavailable, onOpened, onGiveUp), onGiveUp);
                    } else {
                        LOG.error("Could not open or migrate {}", chosen, failure);
                        String text = messages.get("startup.error.migration");
                        window.failed(text);
                        dialogs.failure(window.window(), new FailureExplainer.Explanation(
                                messages.get("startup.error.title"), text, FailureExplainer.details(failure)));
                        onGiveUp.run();
                    }
                }));
    }

    /** A refused password is asked again; any other retry keeps the password typed a moment ago. */
    private void nextAttempt(ConnectionSettings next, DatabaseUnavailableException failure, Consumer<Opened> onOpened,
                             Runnable onGiveUp) {
        if (next.mode() == DatabaseMode.SHARED_POSTGRES
                && failure.reason() == DatabaseUnavailableException.Reason.LOGIN_REFUSED) {
            withPassword(new Wanted(next, Optional.empty(), ConnectionPreferences.OldPassword.NONE), onOpened,
                    onGiveUp);
        } else {
            attempt(next, onOpened, onGiveUp);
        }
    }

    /** Runs on the worker: turns the database's steps into the start window's words. */
    private void report(OpeningStep step) {
        window.step(messages.get(switch (step) {
            case CONNECTING -> "startup.step.connecting";
            case MIGRATING -> "startup.step.migrating";
        }));
    }

    private static String where(ConnectionSettings settings) {
        return settings.mode() == DatabaseMode.EMBEDDED_H2 ? settings.h2File().toString() : settings.toString();
    }

    private Optional<ConnectionSettings> askWhatNext(ConnectionSettings settings, DatabaseUnavailableException e) {
        String reason = e.reason().name().toLowerCase(Locale.ROOT);
        // The driver's own English stays under "Details"; the text says it in the user's language.
        String text = messages.get("startup.error." + reason, where(settings));
        String details = FailureExplainer.details(e);
        window.failed(text);
        if (settings.mode() == DatabaseMode.EMBEDDED_H2) {
            dialogs.failure(window.window(), new FailureExplainer.Explanation(messages.get("startup.error.title"),
                    text, details));
            return Optional.empty();
        }
        ButtonType retry = new ButtonType(messages.get("startup.retry"), ButtonBar.ButtonData.OK_DONE);
        ButtonType embedded = new ButtonType(messages.get("startup.useEmbedded"), ButtonBar.ButtonData.OTHER);
        ButtonType quit = new ButtonType(messages.get("startup.quit"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Optional<ButtonType> answer = dialogs.chooseWithDetails(window.window(), messages.get("startup.error.title"),
                text, details, retry, embedded, quit);
        if (answer.filter(retry::equals).isPresent()) {
            return Optional.of(settings);
        }
        if (answer.filter(embedded::equals).isPresent()) {
            ConnectionSettings local = ConnectionSettings.embedded(preferences.embeddedFile());
            preferences.save(local, false);
            return Optional.of(local);
        }
        return Optional.empty();
    }

    /**
     * Asks the server password. {@code oldOneDeleted}: an older version had kept it in plain text, and this computer
     * has no keyring to move it to, so it was deleted; the dialog says so once.
     */
    private Optional<String> askPassword(ConnectionSettings settings, boolean oldOneDeleted) {
        TextInputDialog dialog = new TextInputDialog();
        dialog.initOwner(window.window());
        dialog.setTitle(messages.get("startup.password.title"));
        dialog.setHeaderText(messages.get("startup.password.heading", settings.user(), settings.host(),
                settings.database()));
        PasswordField field = new PasswordField();
        field.setId("startupPassword");
        VBox box = new VBox(8, field);
        if (oldOneDeleted) {
            javafx.scene.control.Label note = new javafx.scene.control.Label(
                    messages.get("connection.oldPassword.deleted"));
            note.setId("oldPasswordDeletedNote");
            note.setWrapText(true);
            note.setMaxWidth(420);
            box.getChildren().add(note);
        }
        box.setPadding(new Insets(12));
        dialog.getDialogPane().setContent(box);
        javafx.application.Platform.runLater(field::requestFocus);
        dialog.setResultConverter(button -> button.getButtonData() == ButtonBar.ButtonData.OK_DONE ? field.getText() : null);
        return dialog.showAndWait();
    }
}
