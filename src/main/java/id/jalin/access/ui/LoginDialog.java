package id.jalin.access.ui;

import id.jalin.access.domain.LoginRefusal;
import id.jalin.access.domain.LoginResult;
import id.jalin.access.domain.LoginService;
import id.jalin.kernel.access.Actor;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.task.BackgroundTask;
import id.jalin.kernel.task.TaskExecutor;
import id.jalin.kernel.ui.FailureExplainer;
import id.jalin.kernel.ui.FieldErrorMarks;
import id.jalin.kernel.ui.FormGrid;
import java.time.LocalDateTime;
import java.time.ZoneId;
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
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Login and password. A refusal is said in the dialog itself (the same words for an unknown login and a wrong
 * password; until when a locked login stays locked), and the password field is emptied for the next try.
 */
public final class LoginDialog {
    private final Dialog<Actor> dialog = new Dialog<>();
    private Actor signedIn;

    /**
     * @param zone      the zone a lock-out's end is shown in (the app clock's)
     * @param forumName the forum's name for the heading, or empty
     */
    public LoginDialog(LoginService logins, TaskExecutor executor, Messages messages, ZoneId zone, Window owner,
                       String forumName) {
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(messages.get("access.login.title"));
        dialog.setHeaderText(forumName == null || forumName.isBlank() ? messages.get("access.login.heading")
                : messages.get("access.login.headingForum", forumName));
        dialog.getDialogPane().setId("loginDialog");

        TextField login = new TextField();
        login.setId("loginName");
        login.setPrefColumnCount(22);
        PasswordField password = Passwords.field("loginPassword");
        FormGrid grid = new FormGrid()
                .row("login", messages.get("access.user.login"), login)
                .row("password", messages.get("access.user.password"), password);
        Label message = FieldErrorMarks.errorLabel("loginMessage");
        message.setWrapText(true);
        message.setMaxWidth(420);
        VBox content = new VBox(10, grid.node(), message);
        content.setPadding(new Insets(10));
        content.setPrefWidth(440);
        dialog.getDialogPane().setContent(content);

        ButtonType enter = new ButtonType(messages.get("access.login.enter"), ButtonBar.ButtonData.OK_DONE);
        ButtonType quit = new ButtonType(messages.get("startup.quit"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(enter, quit);
        Button enterButton = (Button) dialog.getDialogPane().lookupButton(enter);
        enterButton.setId("loginEnter");
        enterButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            char[] typed = Passwords.take(password);
            String loginName = login.getText();
            enterButton.setDisable(true);
            message.setText("");
            executor.execute(BackgroundTask.wrap(progress -> {
                        try {
                            return logins.login(loginName, typed);
                        } finally {
                            Passwords.wipe(typed);
                        }
                    })
                    .onSuccess(result -> {
                        enterButton.setDisable(false);
                        password.clear();
                        if (result instanceof LoginResult.SignedIn in) {
                            signedIn = in.actor();
                            dialog.setResult(signedIn);
                            dialog.close();
                        } else if (result instanceof LoginResult.Refused refused) {
                            message.setText(refusal(messages, zone, refused));
                            password.requestFocus();
                            dialog.getDialogPane().getScene().getWindow().sizeToScene();
                        }
                    })
                    .onFailure(failure -> {
                        enterButton.setDisable(false);
                        message.setText(new FailureExplainer(messages).reason(failure));
                        dialog.getDialogPane().getScene().getWindow().sizeToScene();
                    }));
        });
        dialog.setResultConverter(button -> signedIn);
        Platform.runLater(login::requestFocus);
    }

    static String refusal(Messages messages, ZoneId zone, LoginResult.Refused refused) {
        if (refused.reason() == LoginRefusal.LOCKED) {
            return messages.get("access.login.refused.locked",
                    messages.dateTime(LocalDateTime.ofInstant(refused.lockedUntil(), zone)));
        }
        return messages.label("access.login.refused", refused.reason());
    }

    /** The person who signed in; empty when the user gave up. */
    public Optional<Actor> showAndWait() {
        return dialog.showAndWait();
    }
}
