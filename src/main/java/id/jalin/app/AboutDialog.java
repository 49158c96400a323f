package id.jalin.app;

import id.jalin.kernel.i18n.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Help, About: name, version, what Jalin is for, and which database is open. */
final class AboutDialog {
    private final Alert alert;

    AboutDialog(Messages messages, AppContext context, Window owner) {
        alert = new Alert(Alert.AlertType.INFORMATION, "",
                new ButtonType(messages.get("common.button.ok"), ButtonBar.ButtonData.OK_DONE));
        alert.initOwner(owner);
        alert.setTitle(messages.get("app.about.title"));
        alert.setHeaderText(messages.get("app.about.heading", version()));
        Label text = new Label(messages.get("app.about.text"));
        text.setWrapText(true);
        text.setMaxWidth(460);
        Label database = new Label(messages.get("app.about.database", context.database().serverVersion()));
        database.setId("aboutDatabase");
        alert.getDialogPane().setContent(new VBox(10, text, database));
        alert.getDialogPane().setId("aboutDialog");
    }

    void showAndWait() {
        alert.showAndWait();
    }

    /** The version Maven wrote into version.properties at build time. */
    static String version() {
        Properties properties = new Properties();
        try (InputStream in = AboutDialog.class.getResourceAsStream("/id/jalin/app/version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            return "?";
        }
        return properties.getProperty("version", "?");
    }
}
