package id.jalin.access.ui;

import id.jalin.access.domain.User;
import id.jalin.access.domain.UserRules;
import id.jalin.access.domain.UserService;
import id.jalin.kernel.access.Actor;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.task.BackgroundTask;
import id.jalin.kernel.task.TaskExecutor;
import id.jalin.kernel.ui.FailureExplainer;
import id.jalin.kernel.ui.FieldErrorMarks;
import id.jalin.kernel.ui.FormGrid;
import id.jalin.kernel.validation.SaveResult;
import java.util.Map;
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
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The first start on a database without users: the person starting Jalin becomes its first coordinator (name,
 * login, password twice) and goes straight in. Quitting here leaves the database without users, so the next start
 * asks again.
 */
public final class FirstCoordinatorDialog {
    private final Dialog<Actor> dialog = new Dialog<>();
    private Actor created;

    public FirstCoordinatorDialog(UserService users, TaskExecutor executor, Messages messages, Window owner) {
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(messages.get("access.first.title"));
        dialog.setHeaderText(messages.get("access.first.heading"));
        dialog.getDialogPane().setId("firstCoordinatorDialog");

        TextField name = new TextField();
        name.setId("firstDisplayName");
        name.setPrefColumnCount(26);
        TextField login = new TextField();
        login.setId("firstLogin");
        PasswordField password = Passwords.field("firstPassword");
        PasswordField repeat = Passwords.field("firstRepeat");
        FormGrid grid = new FormGrid()
                .row("displayName", messages.get("access.user.displayName"), name)
                .row("login", messages.get("access.user.login"), login)
                .row("password", messages.get("access.user.password"), password)
                .row("repeat", messages.get("access.user.repeat"), repeat);
        Label hint = new Label(messages.get("access.first.hint", UserRules.MIN_PASSWORD_LENGTH));
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        Label formError = FieldErrorMarks.errorLabel("firstCoordinatorError");
        VBox content = new VBox(10, hint, grid.node(), formError);
        content.setPadding(new Insets(10));
        content.setPrefWidth(520);
        dialog.getDialogPane().setContent(content);

        ButtonType create = new ButtonType(messages.get("access.first.create"), ButtonBar.ButtonData.OK_DONE);
        ButtonType quit = new ButtonType(messages.get("startup.quit"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(create, quit);
        Button createButton = (Button) dialog.getDialogPane().lookupButton(create);
        createButton.setId("firstCoordinatorCreate");
        createButton.addEventFilter(ActionEvent.ACTION, event -> {
            // Close only once the coordinator is stored; until then the dialog shows what is wrong.
            event.consume();
            char[] typed = Passwords.take(password);
            char[] again = Passwords.take(repeat);
            String loginName = login.getText();
            String displayName = name.getText();
            createButton.setDisable(true);
            formError.setText("");
            executor.execute(BackgroundTask.wrap(progress -> {
                        try {
                            return users.createFirstCoordinator(loginName, displayName, typed, again);
                        } finally {
                            Passwords.wipe(typed, again);
                        }
                    })
                    .onSuccess(result -> {
                        createButton.setDisable(false);
                        if (result instanceof SaveResult.Saved<User> saved) {
                            created = saved.value().toActor();
                            dialog.setResult(created);
                            dialog.close();
                        } else if (result instanceof SaveResult.Invalid<User> invalid) {
                            Map<String, String> errors = id.jalin.kernel.ui.FieldErrorTexts.byField(invalid.validation(), messages);
                            grid.showErrors(errors);
                            password.clear();
                            repeat.clear();
                            dialog.getDialogPane().getScene().getWindow().sizeToScene();
                        }
                    })
                    .onFailure(failure -> {
                        createButton.setDisable(false);
                        formError.setText(new FailureExplainer(messages).reason(failure));
                        dialog.getDialogPane().getScene().getWindow().sizeToScene();
                    }));
        });
        dialog.setResultConverter(button -> created);
        Platform.runLater(name::requestFocus);
    }

    /** The new coordinator, signed in; empty when the user chose to quit. */
    public Optional<Actor> showAndWait() {
        return dialog.showAndWait();
    }
}
