package id.jalin.kernel.ui;

import id.jalin.kernel.i18n.Messages;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.Window;

/** The few kinds of message box Jalin shows, with texts from the bundles and buttons in the user's language. */
public final class Dialogs {
    private final Messages messages;

    public Dialogs(Messages messages) {
        this.messages = messages;
    }

    public void error(Window owner, String title, String text) {
        Alert alert = alert(Alert.AlertType.ERROR, owner, title, text, ok());
        alert.showAndWait();
    }

    public void info(Window owner, String title, String text) {
        alert(Alert.AlertType.INFORMATION, owner, title, text, ok()).showAndWait();
    }

    public boolean confirm(Window owner, String title, String text, String confirmLabel) {
        ButtonType yes = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        ButtonType no = cancel();
        Alert alert = alert(Alert.AlertType.CONFIRMATION, owner, title, text, yes, no);
        return alert.showAndWait().filter(yes::equals).isPresent();
    }

    /** Asks the user to pick one of several answers; empty when the dialog is closed. */
    public Optional<ButtonType> choose(Window owner, String title, String text, ButtonType... answers) {
        return alert(Alert.AlertType.WARNING, owner, title, text, answers).showAndWait();
    }

    /** As {@link #choose(Window, String, String, ButtonType...)}, with an id on the dialog for tests to find it. */
    public Optional<ButtonType> choose(Window owner, String id, String title, String text, ButtonType... answers) {
        Alert alert = alert(Alert.AlertType.WARNING, owner, title, text, answers);
        alert.getDialogPane().setId(id);
        return alert.showAndWait();
    }

    public ButtonType ok() {
        return new ButtonType(messages.get("common.button.ok"), ButtonBar.ButtonData.OK_DONE);
    }

    public ButtonType cancel() {
        return new ButtonType(messages.get("common.button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    private Alert alert(Alert.AlertType type, Window owner, String title, String text, ButtonType... buttons) {
        Alert alert = new Alert(type, "", buttons);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle(title);
        alert.setHeaderText(title);
        Label content = new Label(text);
        content.setWrapText(true);
        content.setId("dialogText");
        content.setMaxWidth(520);
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        DialogButtons.fitText(alert.getDialogPane());
        return alert;
    }

    public static Window windowOf(Node node) {
        return node.getScene() == null ? null : node.getScene().getWindow();
    }
}
