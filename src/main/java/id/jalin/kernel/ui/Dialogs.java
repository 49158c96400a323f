package id.jalin.kernel.ui;

import id.jalin.kernel.i18n.Messages;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.VBox;
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

    /** An error with the reason in words; the raw exception text is folded away under "Details". */
    public void failure(Window owner, FailureExplainer.Explanation explanation) {
        Alert alert = alert(Alert.AlertType.ERROR, owner, explanation.title(), explanation.text(), ok());
        addDetails(alert, explanation.details());
        alert.showAndWait();
    }

    /** As {@link #choose}, with the raw text of what went wrong folded away under "Details". */
    public Optional<ButtonType> chooseWithDetails(Window owner, String title, String text, String details,
                                                  ButtonType... answers) {
        Alert alert = alert(Alert.AlertType.WARNING, owner, title, text, answers);
        addDetails(alert, details);
        return alert.showAndWait();
    }

    private void addDetails(Alert alert, String detailText) {
        TextArea raw = new TextArea(detailText);
        raw.setId("failureDetails");
        raw.setEditable(false);
        raw.setWrapText(true);
        raw.setPrefRowCount(6);
        TitledPane details = new TitledPane(messages.get("failure.details"), raw);
        details.setId("failureDetailsPane");
        details.setExpanded(false);
        details.setAnimated(false);
        // Folding the details open must grow the dialog rather than squeeze the text.
        // After the layout pass has measured the unfolded text, not before.
        details.expandedProperty().addListener((obs, old, open) -> javafx.application.Platform.runLater(() ->
                alert.getDialogPane().getScene().getWindow().sizeToScene()));
        alert.getDialogPane().setContent(new VBox(10, alert.getDialogPane().getContent(), details));
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
