package id.jalin.forum.ui;

import id.jalin.forum.domain.ForumProfile;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.ui.FieldErrorMarks;
import id.jalin.kernel.ui.FormGrid;
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
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Asks for the forum's name before the main window opens on a database that has none. */
public final class ForumNameDialog {
    private final Dialog<ForumProfile> dialog = new Dialog<>();
    private ForumProfile saved;

    public ForumNameDialog(ForumNameViewModel model, Messages messages, Window owner) {
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(messages.get("forum.first.title"));
        dialog.setHeaderText(messages.get("forum.first.heading"));
        dialog.getDialogPane().setId("forumNameDialog");

        TextField name = field("firstForumName", model.name, 32);
        TextField code = field("firstForumCode", model.code, 14);
        code.setPromptText(messages.get("forum.first.code.prompt"));
        TextField address = field("firstForumAddress", model.address, 32);
        FormGrid grid = new FormGrid()
                .row("name", messages.get("forum.profile.name"), name)
                .row("code", messages.get("forum.first.code"), code)
                .row("address", messages.get("forum.profile.address"), address);
        Label hint = new Label(messages.get("forum.first.hint"));
        hint.setWrapText(true);
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label formError = FieldErrorMarks.errorLabel("forumNameFormError");
        VBox content = new VBox(10, grid.node(), hint, formError);
        content.setPadding(new Insets(10));
        content.setPrefWidth(500);
        dialog.getDialogPane().setContent(content);

        ButtonType save = new ButtonType(messages.get("forum.first.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType quit = new ButtonType(messages.get("startup.quit"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(save, quit);
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.setId("saveForumName");
        saveButton.disableProperty().bind(model.busyProperty());
        saveButton.addEventFilter(ActionEvent.ACTION, event -> {
            // Close only once the name is stored; until then the dialog stays open and shows what is wrong.
            event.consume();
            model.save(profile -> {
                saved = profile;
                dialog.setResult(profile);
                dialog.close();
            });
        });
        model.errors.addListener((javafx.collections.MapChangeListener<String, String>) change -> {
            grid.showErrors(Map.copyOf(model.errors));
            formError.setText(model.errors.getOrDefault("form", ""));
            // An error line under a field makes the form taller: grow the dialog rather than cut the hint off.
            dialog.getDialogPane().getScene().getWindow().sizeToScene();
        });
        dialog.setResultConverter(button -> saved);
        Platform.runLater(name::requestFocus);
    }

    private static TextField field(String id, javafx.beans.property.StringProperty value, int columns) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(columns);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    /** The stored profile, or empty when the user chose to quit. */
    public Optional<ForumProfile> showAndWait() {
        return dialog.showAndWait();
    }
}
