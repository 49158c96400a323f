package id.jalin.app;

import id.jalin.kernel.db.ConnectionSettings;
import id.jalin.kernel.db.Database;
import id.jalin.kernel.db.DatabaseMode;
import id.jalin.kernel.db.DatabaseUnavailableException;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.settings.ConnectionPreferences;
import id.jalin.kernel.settings.VaultKind;
import id.jalin.kernel.task.BackgroundTask;
import id.jalin.kernel.task.TaskExecutor;
import java.util.Locale;
import id.jalin.kernel.ui.FailureExplainer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The database settings: which database, how to reach the server, and the outcome of a test connection. */
final class ConnectionSettingsViewModel {
    private final ConnectionPreferences preferences;
    private final TaskExecutor executor;
    private final Messages messages;

    final ObjectProperty<DatabaseMode> mode = new SimpleObjectProperty<>();
    final StringProperty host = new SimpleStringProperty();
    final StringProperty port = new SimpleStringProperty();
    final StringProperty database = new SimpleStringProperty();
    final StringProperty user = new SimpleStringProperty();
    final StringProperty password = new SimpleStringProperty();
    final BooleanProperty rememberPassword = new SimpleBooleanProperty();
    final StringProperty testResult = new SimpleStringProperty("");
    final BooleanProperty testFailed = new SimpleBooleanProperty(false);
    /** What the driver said, in its own (English) words; shown folded away under the reason. */
    final StringProperty testDetails = new SimpleStringProperty("");
    final BooleanProperty testing = new SimpleBooleanProperty(false);
    final StringProperty h2File = new SimpleStringProperty("");
    /** Where a remembered password is kept on this computer, or that it cannot be kept; known after a moment. */
    final StringProperty passwordKeeping = new SimpleStringProperty("");
    /** False until the keyring answered, and on a computer without one: then nothing can be remembered. */
    final BooleanProperty canRemember = new SimpleBooleanProperty(false);
    final BooleanProperty saving = new SimpleBooleanProperty(false);

    ConnectionSettingsViewModel(ConnectionPreferences preferences, TaskExecutor executor, Messages messages,
                                ConnectionSettings current) {
        this.preferences = preferences;
        this.executor = executor;
        this.messages = messages;
        ConnectionSettings stored = preferences.server();
        mode.set(preferences.load().mode());
        host.set(stored.host());
        port.set(String.valueOf(stored.port()));
        database.set(stored.database());
        user.set(stored.user());
        // The password of the running session; the keyring is not read for a dialog (it would be shown in dots).
        password.set(current.mode() == DatabaseMode.SHARED_POSTGRES ? current.password() : "");
        rememberPassword.set(preferences.rememberPassword());
        h2File.set(preferences.embeddedFile().toString());
        passwordKeeping.set(messages.get("connection.keeping.checking"));
        // Finding the keyring can take seconds where there is none: asked in the background.
        executor.execute(BackgroundTask.wrap(progress -> preferences.vault().kind())
                .onSuccess(this::showKeeping)
                .onFailure(failure -> showKeeping(VaultKind.NONE)));
    }

    private void showKeeping(VaultKind kind) {
        canRemember.set(kind != VaultKind.NONE);
        if (kind == VaultKind.NONE) {
            rememberPassword.set(false);
            passwordKeeping.set(messages.get("connection.keeping.none"));
        } else {
            passwordKeeping.set(messages.get("connection.keeping.keptIn", messages.label("connection.vault", kind)));
        }
    }

    /** The settings as typed, or null with {@link #testResult} saying what is wrong. */
    ConnectionSettings typed() {
        if (mode.get() == DatabaseMode.EMBEDDED_H2) {
            return ConnectionSettings.embedded(preferences.embeddedFile());
        }
        int portNumber;
        try {
            portNumber = Integer.parseInt(port.get().strip());
        } catch (NumberFormatException e) {
            portNumber = -1;
        }
        if (portNumber < 1 || portNumber > 65535) {
            fail(messages.get("settings.error.port"));
            return null;
        }
        if (blank(host.get()) || blank(database.get()) || blank(user.get())) {
            fail(messages.get("settings.error.required"));
            return null;
        }
        return ConnectionSettings.postgres(host.get().strip(), portNumber, database.get().strip(), user.get().strip(),
                password.get() == null ? "" : password.get());
    }

    void testConnection() {
        ConnectionSettings settings = typed();
        if (settings == null) {
            return;
        }
        testing.set(true);
        testResult.set(messages.get("settings.test.running"));
        testFailed.set(false);
        testDetails.set("");
        executor.execute(BackgroundTask.wrap(progress -> {
                    try (Database db = Database.connect(settings)) {
                        return db.serverVersion();
                    }
                })
                .onSuccess(version -> {
                    testing.set(false);
                    testFailed.set(false);
                    testResult.set(messages.get("settings.test.ok", version));
                })
                .onFailure(failure -> {
                    testing.set(false);
                    fail(explain(failure));
                    testDetails.set(FailureExplainer.details(failure));
                }));
    }

    String explain(Throwable failure) {
        if (failure instanceof DatabaseUnavailableException unavailable) {
            String reason = unavailable.reason().name().toLowerCase(Locale.ROOT);
            return messages.get("settings.test.failed." + reason);
        }
        return messages.get("settings.test.failed.other");
    }

    /**
     * Stores the choice (the password in the keyring, when asked and possible) off the FX thread, since the keyring
     * may take a moment; {@code onSaved} runs after. False when the typing is incomplete.
     */
    boolean save(Runnable onSaved) {
        ConnectionSettings settings = typed();
        if (settings == null) {
            return false;
        }
        boolean remember = rememberPassword.get() && canRemember.get();
        saving.set(true);
        executor.execute(BackgroundTask.wrap(progress -> preferences.save(settings, remember))
                .whenDone(() -> saving.set(false))
                .onSuccess(kept -> onSaved.run())
                .onFailure(failure -> fail(messages.get("connection.save.failed",
                        new id.jalin.kernel.ui.FailureExplainer(messages).reason(failure)))));
        return true;
    }

    private void fail(String text) {
        testFailed.set(true);
        testResult.set(text);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
