package id.jalin.app;

import id.jalin.kernel.db.ConnectionSettings;
import id.jalin.kernel.db.Database;
import id.jalin.kernel.db.DatabaseMode;
import id.jalin.kernel.db.DatabaseUnavailableException;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.settings.ConnectionPreferences;
import id.jalin.kernel.ui.Dialogs;
import id.jalin.kernel.ui.FailureExplainer;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextInputDialog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the database the preferences name before the main window shows. A failure becomes a message that says
 * what to do (another Jalin has the file open, the server is unreachable, the password was refused) and a choice,
 * never a stack trace.
 */
final class DatabaseStartup {
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseStartup.class);

    record Opened(ConnectionSettings settings, Database database) {
    }

    private final ConnectionPreferences preferences;
    private final Messages messages;
    private final Dialogs dialogs;

    DatabaseStartup(ConnectionPreferences preferences, Messages messages) {
        this.preferences = preferences;
        this.messages = messages;
        this.dialogs = new Dialogs(messages);
    }

    Optional<Opened> open() {
        ConnectionSettings settings = preferences.load();
        while (true) {
            if (settings.mode() == DatabaseMode.SHARED_POSTGRES && !preferences.rememberPassword()) {
                Optional<String> password = askPassword(settings);
                if (password.isEmpty()) {
                    return Optional.empty();
                }
                settings = settings.withPassword(password.get());
            }
            try {
                return Optional.of(new Opened(settings, Database.open(settings)));
            } catch (DatabaseUnavailableException e) {
                LOG.warn("Could not open {}: {}", settings, e.getMessage());
                Optional<ConnectionSettings> next = askWhatNext(settings, e);
                if (next.isEmpty()) {
                    return Optional.empty();
                }
                settings = next.get();
            } catch (RuntimeException e) {
                LOG.error("Could not open or migrate {}", settings, e);
                dialogs.failure(null, new FailureExplainer.Explanation(messages.get("startup.error.title"),
                        messages.get("startup.error.migration"), FailureExplainer.details(e)));
                return Optional.empty();
            }
        }
    }

    private Optional<ConnectionSettings> askWhatNext(ConnectionSettings settings, DatabaseUnavailableException e) {
        String reason = e.reason().name().toLowerCase(Locale.ROOT);
        String where = settings.mode() == DatabaseMode.EMBEDDED_H2 ? settings.h2File().toString() : settings.toString();
        // The driver's own English stays under "Details"; the text says it in the user's language.
        String text = messages.get("startup.error." + reason, where);
        String details = FailureExplainer.details(e);
        if (settings.mode() == DatabaseMode.EMBEDDED_H2) {
            dialogs.failure(null, new FailureExplainer.Explanation(messages.get("startup.error.title"), text, details));
            return Optional.empty();
        }
        ButtonType retry = new ButtonType(messages.get("startup.retry"), ButtonBar.ButtonData.OK_DONE);
        ButtonType embedded = new ButtonType(messages.get("startup.useEmbedded"), ButtonBar.ButtonData.OTHER);
        ButtonType quit = new ButtonType(messages.get("startup.quit"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Optional<ButtonType> answer = dialogs.chooseWithDetails(null, messages.get("startup.error.title"), text,
                details, retry, embedded, quit);
        if (answer.filter(retry::equals).isPresent()) {
            return Optional.of(preferences.load());
        }
        if (answer.filter(embedded::equals).isPresent()) {
            ConnectionSettings local = ConnectionSettings.embedded(preferences.embeddedFile());
            preferences.save(local, false);
            return Optional.of(local);
        }
        return Optional.empty();
    }

    private Optional<String> askPassword(ConnectionSettings settings) {
        TextInputDialog dialog = new TextInputDialog();
        dialog.setTitle(messages.get("startup.password.title"));
        dialog.setHeaderText(messages.get("startup.password.heading", settings.user(), settings.host(),
                settings.database()));
        PasswordField field = new PasswordField();
        field.setId("startupPassword");
        javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(field);
        box.setPadding(new javafx.geometry.Insets(12));
        dialog.getDialogPane().setContent(box);
        javafx.application.Platform.runLater(field::requestFocus);
        dialog.setResultConverter(button -> button.getButtonData() == ButtonBar.ButtonData.OK_DONE ? field.getText() : null);
        return dialog.showAndWait();
    }
}
