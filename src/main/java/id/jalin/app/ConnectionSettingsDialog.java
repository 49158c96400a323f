package id.jalin.app;

import id.jalin.kernel.db.DatabaseMode;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.ui.Styles;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** File, Settings: embedded file or shared PostgreSQL server, with a test connection. Takes effect on restart. */
final class ConnectionSettingsDialog {
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final ConnectionSettingsViewModel model;

    ConnectionSettingsDialog(AppContext context, Messages messages, Window owner) {
        model = new ConnectionSettingsViewModel(context.connectionPreferences(), context.executor(), messages,
                context.currentConnection());
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("settings.title"));
        dialog.setHeaderText(messages.get("settings.heading"));
        dialog.getDialogPane().setId("settingsDialog");

        ToggleGroup modes = new ToggleGroup();
        RadioButton embedded = new RadioButton(messages.get("settings.mode.embedded"));
        embedded.setId("modeEmbedded");
        embedded.setToggleGroup(modes);
        RadioButton shared = new RadioButton(messages.get("settings.mode.shared"));
        shared.setId("modeShared");
        shared.setToggleGroup(modes);
        (model.mode.get() == DatabaseMode.SHARED_POSTGRES ? shared : embedded).setSelected(true);
        modes.selectedToggleProperty().addListener((obs, old, now) ->
                model.mode.set(now == shared ? DatabaseMode.SHARED_POSTGRES : DatabaseMode.EMBEDDED_H2));

        Label file = new Label(messages.get("settings.embedded.file", model.h2File.get()));
        file.setWrapText(true);
        file.getStyleClass().add(Styles.MUTED);

        GridPane server = new GridPane();
        server.setHgap(10);
        server.setVgap(6);
        server.setPadding(new Insets(0, 0, 0, 24));
        server.addRow(0, new Label(messages.get("settings.host")), field("hostField", model.host));
        server.addRow(1, new Label(messages.get("settings.port")), field("portField", model.port));
        server.addRow(2, new Label(messages.get("settings.database")), field("databaseField", model.database));
        server.addRow(3, new Label(messages.get("settings.user")), field("userField", model.user));
        PasswordField password = new PasswordField();
        password.setId("passwordField");
        password.textProperty().bindBidirectional(model.password);
        server.addRow(4, new Label(messages.get("settings.password")), password);
        CheckBox remember = new CheckBox(messages.get("settings.rememberPassword"));
        remember.setId("rememberPassword");
        remember.selectedProperty().bindBidirectional(model.rememberPassword);
        remember.disableProperty().bind(model.canRemember.not());
        server.add(remember, 1, 5);
        Label keeping = new Label();
        keeping.setId("passwordKeeping");
        keeping.setWrapText(true);
        keeping.setMaxWidth(380);
        keeping.getStyleClass().add(Styles.MUTED);
        keeping.textProperty().bind(model.passwordKeeping);
        server.add(keeping, 1, 6);
        server.disableProperty().bind(shared.selectedProperty().not());

        Button test = new Button(messages.get("settings.test"));
        test.setId("testConnectionButton");
        test.disableProperty().bind(shared.selectedProperty().not().or(model.testing));
        test.setOnAction(event -> model.testConnection());
        Label result = new Label();
        result.setId("testResult");
        result.setWrapText(true);
        result.setMaxWidth(500);
        // Room for a three-line reason: the dialog does not grow after it is shown.
        result.setMinHeight(58);
        result.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        result.textProperty().bind(model.testResult);
        model.testFailed.addListener((obs, old, failed) -> {
            result.getStyleClass().remove(Styles.FIELD_ERROR);
            if (failed) {
                result.getStyleClass().add(Styles.FIELD_ERROR);
            }
        });

        TextArea driverText = new TextArea();
        driverText.setId("testDetails");
        driverText.setEditable(false);
        driverText.setWrapText(true);
        driverText.setPrefRowCount(3);
        driverText.textProperty().bind(model.testDetails);
        TitledPane details = new TitledPane(messages.get("failure.details"), driverText);
        details.setExpanded(false);
        details.setAnimated(false);
        details.visibleProperty().bind(model.testDetails.isNotEmpty());
        details.managedProperty().bind(details.visibleProperty());

        Label restart = new Label(messages.get("settings.restartNote"));
        restart.setWrapText(true);
        restart.getStyleClass().add(Styles.MUTED);

        VBox content = new VBox(10, embedded, file, shared, server, test, result, details, restart);
        content.setPadding(new Insets(10));
        content.setPrefWidth(540);
        dialog.getDialogPane().setContent(content);

        ButtonType save = new ButtonType(messages.get("common.button.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("common.button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(save, cancel);
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.setId("saveSettingsButton");
        saveButton.disableProperty().bind(model.saving);
        saveButton.addEventFilter(ActionEvent.ACTION, event -> {
            // Closed once the keyring has the password (or the preferences the choice), not before.
            event.consume();
            model.save(() -> {
                dialog.setResult(save);
                dialog.close();
            });
        });
    }

    private static TextField field(String id, javafx.beans.property.StringProperty property) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(property);
        return field;
    }

    void showAndWait() {
        dialog.showAndWait();
    }
}
