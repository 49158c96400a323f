package id.jalin.app;

import id.jalin.kernel.db.ConnectionSettings;
import id.jalin.kernel.db.DatabaseMode;
import id.jalin.kernel.ui.FailureExplainer;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.settings.Setting;
import id.jalin.kernel.settings.Settings;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * On the first start on an empty database, offers a West Java demo forum to explore. Asked once per database, so
 * a forum that declines is not asked again. On a shared server the offer names the server and loads only after
 * the user ticks that they mean that server: demo members there would show on every workstation.
 */
final class DemoDataOffer {
    private final Settings settings;
    private final Messages messages;

    DemoDataOffer(Settings settings, Messages messages) {
        this.settings = settings;
        this.messages = messages;
    }

    /** True when the database is empty and this workstation has not asked about it before. */
    boolean shouldOffer(ConnectionSettings connection, boolean databaseEmpty) {
        return databaseEmpty && !asked().contains(place(connection));
    }

    /** Asks (and remembers that it asked); true when the user chose to load the demo data. */
    boolean ask(Window owner, ConnectionSettings connection) {
        Set<String> asked = asked();
        asked.add(place(connection));
        settings.put(Setting.DEMO_DATA_OFFERED, String.join("\n", asked));
        settings.flush();

        ButtonType load = new ButtonType(messages.get("demo.offer.load"), ButtonBar.ButtonData.OK_DONE);
        ButtonType skip = new ButtonType(messages.get("demo.offer.skip"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", load, skip);
        alert.initOwner(owner);
        alert.setTitle(messages.get("demo.offer.title"));
        alert.setHeaderText(messages.get("demo.offer.title"));
        alert.getDialogPane().setId("demoOffer");
        Label text = new Label(messages.get("demo.offer.text"));
        text.setWrapText(true);
        text.setId("dialogText");
        text.setMaxWidth(520);
        VBox content = new VBox(12, text);
        content.setPadding(new Insets(10));
        if (connection.mode() == DatabaseMode.SHARED_POSTGRES) {
            String server = connection.host() + ":" + connection.port() + "/" + connection.database();
            Label warning = new Label(messages.get("demo.offer.shared", server));
            warning.setWrapText(true);
            warning.setMaxWidth(520);
            warning.setId("demoSharedWarning");
            CheckBox confirm = new CheckBox(messages.get("demo.offer.sharedConfirm", server));
            confirm.setId("demoSharedConfirm");
            confirm.setWrapText(true);
            // Database names often hold underscores, which a label would otherwise take for a mnemonic.
            confirm.setMnemonicParsing(false);
            confirm.setMaxWidth(520);
            Button loadButton = (Button) alert.getDialogPane().lookupButton(load);
            loadButton.disableProperty().bind(confirm.selectedProperty().not());
            content.getChildren().addAll(warning, confirm);
        }
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        ((Button) alert.getDialogPane().lookupButton(load)).setId("demoLoad");
        ((Button) alert.getDialogPane().lookupButton(skip)).setId("demoSkip");
        return alert.showAndWait().filter(load::equals).isPresent();
    }

    /** The databases asked about, by {@link #place}: earlier versions wrote whole URLs, read the same way. */
    private Set<String> asked() {
        Set<String> asked = new LinkedHashSet<>();
        Arrays.stream(settings.get(Setting.DEMO_DATA_OFFERED).split("\n")).map(DemoDataOffer::withoutOptions)
                .forEach(asked::add);
        return asked;
    }

    /** Which database: its URL without the driver's options, so that new options (decision 0033) do not ask again. */
    static String place(ConnectionSettings connection) {
        return withoutOptions(connection.jdbcUrl());
    }

    private static String withoutOptions(String url) {
        int options = url.startsWith("jdbc:h2:") ? url.indexOf(';') : url.indexOf('?');
        return options < 0 ? url : url.substring(0, options);
    }
}
