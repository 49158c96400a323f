package id.jalin.forum.ui;

import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.ui.FieldErrorMarks;
import id.jalin.kernel.ui.FormGrid;
import id.jalin.kernel.ui.Styles;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * File, Forum settings (the coordinator's): what a new cross-service card costs and until when it runs, for every
 * desk of the forum. Used to be "Card defaults" on the card holder screen, kept per workstation.
 */
public final class ForumSettingsDialog {
    private final Dialog<ButtonType> dialog = new Dialog<>();

    public ForumSettingsDialog(ForumSettingsViewModel model, Messages messages, Window owner) {
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("forum.settings.title"));
        dialog.setHeaderText(messages.get("forum.settings.heading"));
        dialog.getDialogPane().setId("forumSettingsDialog");

        TextField fee = new TextField();
        fee.setId("cardFeeField");
        fee.textProperty().bindBidirectional(model.fee);
        TextField yearEnd = new TextField();
        yearEnd.setId("yearEndField");
        yearEnd.textProperty().bindBidirectional(model.yearEnd);
        FormGrid grid = new FormGrid()
                .row(messages.get("forum.settings.fee"), fee)
                .row(messages.get("forum.settings.yearEnd"), yearEnd);
        Label note = new Label(messages.get("forum.settings.note"));
        note.setWrapText(true);
        note.getStyleClass().add(Styles.MUTED);
        Label error = FieldErrorMarks.errorLabel("forumSettingsError");
        error.textProperty().bind(model.error);
        VBox content = new VBox(10, grid.node(), note, error);
        content.setPadding(new Insets(10));
        content.setPrefWidth(500);
        dialog.getDialogPane().setContent(content);

        ButtonType save = new ButtonType(messages.get("common.button.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save,
                new ButtonType(messages.get("common.button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.setId("saveForumSettings");
        saveButton.disableProperty().bind(model.busy);
        saveButton.addEventFilter(ActionEvent.ACTION, event -> {
            // The dialog stays open until the database has the values, or with the reason it has not.
            event.consume();
            model.save(() -> {
                dialog.setResult(save);
                dialog.close();
            });
        });
    }

    public void show() {
        dialog.show();
    }
}
