package id.jalin.access.ui;

import id.jalin.access.domain.User;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.task.BackgroundTask;
import id.jalin.kernel.task.TaskExecutor;
import id.jalin.kernel.ui.FailureExplainer;
import id.jalin.kernel.ui.FieldErrorMarks;
import id.jalin.kernel.ui.FormGrid;
import id.jalin.kernel.validation.SaveResult;
import java.util.Optional;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;

/**
 * A new password typed twice, stored by {@code store} (a coordinator's reset, or one's own change, which also asks
 * for the current password). Stays open until stored.
 */
final class PasswordResetDialog {
    /** Stores the typed passwords (current may be null when not asked); runs off the FX thread. */
    @FunctionalInterface
    interface Store {
        SaveResult<User> store(char[] current, char[] password, char[] repeat);
    }

    private final Dialog<User> dialog = new Dialog<>();
    private User stored;

    PasswordResetDialog(TaskExecutor executor, Messages messages, Window owner, String title, String hint,
                        boolean askCurrent, Store store) {
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        dialog.getDialogPane().setId("passwordDialog");

        PasswordField current = Passwords.field("currentPassword");
        PasswordField password = Passwords.field("newPassword");
        PasswordField repeat = Passwords.field("newPasswordRepeat");
        FormGrid grid = new FormGrid();
        if (askCurrent) {
            grid.row("current", messages.get("access.password.current"), current);
        }
        grid.row("password", messages.get("access.password.new"), password)
                .row("repeat", messages.get("access.user.repeat"), repeat);
        Label hintLabel = new Label(hint);
        hintLabel.setWrapText(true);
        hintLabel.setMinHeight(Region.USE_PREF_SIZE);
        Label formError = FieldErrorMarks.errorLabel("passwordDialogError");
        VBox content = new VBox(10, hintLabel, grid.node(), formError);
        content.setPadding(new Insets(10));
        content.setPrefWidth(480);
        dialog.getDialogPane().setContent(content);

        ButtonType save = new ButtonType(messages.get("common.button.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("common.button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(save, cancel);
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.setId("passwordSave");
        saveButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            char[] was = askCurrent ? Passwords.take(current) : null;
            char[] typed = Passwords.take(password);
            char[] again = Passwords.take(repeat);
            saveButton.setDisable(true);
            formError.setText("");
            executor.execute(BackgroundTask.wrap(progress -> {
                        try {
                            return store.store(was, typed, again);
                        } finally {
                            Passwords.wipe(was, typed, again);
                        }
                    })
                    .onSuccess(result -> {
                        saveButton.setDisable(false);
                        current.clear();
                        password.clear();
                        repeat.clear();
                        if (result instanceof SaveResult.Saved<User> saved) {
                            stored = saved.value();
                            dialog.setResult(stored);
                            dialog.close();
                        } else if (result instanceof SaveResult.Invalid<User> invalid) {
                            grid.showErrors(id.jalin.kernel.ui.FieldErrorTexts.byField(invalid.validation(), messages));
                            dialog.getDialogPane().getScene().getWindow().sizeToScene();
                        } else {
                            formError.setText(messages.get("access.user.gone"));
                        }
                    })
                    .onFailure(failure -> {
                        saveButton.setDisable(false);
                        formError.setText(new FailureExplainer(messages).reason(failure));
                    }));
        });
        dialog.setResultConverter(button -> stored);
        Platform.runLater(askCurrent ? current::requestFocus : password::requestFocus);
    }

    Optional<User> showAndWait() {
        return dialog.showAndWait();
    }
}
