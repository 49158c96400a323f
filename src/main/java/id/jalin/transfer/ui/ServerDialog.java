package id.jalin.transfer.ui;

import id.jalin.kernel.db.ConnectionSettings;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.ui.Styles;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Asks which empty server database the forum's data should move to; starts from the preferences' server. */
final class ServerDialog {
    private final Dialog<ConnectionSettings> dialog = new Dialog<>();

    ServerDialog(Messages messages, Window owner, ConnectionSettings suggested) {
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("transfer.move.title"));
        dialog.setHeaderText(messages.get("transfer.move.title"));
        dialog.getDialogPane().setId("moveServerDialog");
        TextField host = field("moveHost", suggested.host());
        TextField port = field("movePort", Integer.toString(suggested.port()));
        TextField database = field("moveDatabase", suggested.database());
        TextField user = field("moveUser", suggested.user());
        PasswordField password = new PasswordField();
        password.setId("movePassword");
        password.setText(suggested.password());

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        grid.addRow(0, new Label(messages.get("settings.host")), host);
        grid.addRow(1, new Label(messages.get("settings.port")), port);
        grid.addRow(2, new Label(messages.get("settings.database")), database);
        grid.addRow(3, new Label(messages.get("settings.user")), user);
        grid.addRow(4, new Label(messages.get("settings.password")), password);
        Label explanation = new Label(messages.get("transfer.move.explanation"));
        explanation.setWrapText(true);
        explanation.setMaxWidth(480);
        explanation.getStyleClass().add(Styles.MUTED);
        VBox content = new VBox(12, explanation, grid);
        content.setPadding(new Insets(10));
        dialog.getDialogPane().setContent(content);

        ButtonType move = new ButtonType(messages.get("transfer.move.start"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(move,
                new ButtonType(messages.get("common.button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().lookupButton(move).disableProperty().bind(host.textProperty().isEmpty()
                .or(database.textProperty().isEmpty()).or(user.textProperty().isEmpty())
                .or(port.textProperty().isEmpty()));
        dialog.setResultConverter(button -> button != move ? null : ConnectionSettings.postgres(host.getText().strip(),
                parsePort(port.getText(), suggested.port()), database.getText().strip(), user.getText().strip(),
                password.getText()));
    }

    private static int parsePort(String text, int fallback) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static TextField field(String id, String text) {
        TextField field = new TextField(text);
        field.setId(id);
        return field;
    }

    Optional<ConnectionSettings> ask() {
        return dialog.showAndWait();
    }
}
