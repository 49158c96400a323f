package id.jalin.app;

import id.jalin.kernel.i18n.Language;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.settings.Setting;
import id.jalin.kernel.ui.Feature;
import id.jalin.kernel.ui.Navigator;
import id.jalin.kernel.ui.Styles;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/**
 * The shell: menu, navigation list of the features that exist, the selected feature's screen, and the status bar.
 * Switching language re-labels the whole window at once, without a restart, by building it again in the new language.
 */
public final class MainWindow {
    private final AppContext context;
    private final Stage stage;
    private final List<Feature> features;
    private ListView<Feature> navigation;
    private final ObjectProperty<Messages> messages = new SimpleObjectProperty<>();
    private final BorderPane root = new BorderPane();
    private String selectedFeatureId;

    public MainWindow(AppContext context, Stage stage, Messages initial,
                      java.util.function.Function<Navigator, List<Feature>> features) {
        this.context = context;
        this.stage = stage;
        this.features = features.apply(this::show);
        root.setId("mainWindow");
        messages.addListener((obs, old, now) -> build(now));
        messages.set(initial);
    }

    public Scene createScene() {
        Scene scene = new Scene(root, 1280, 800);
        scene.getStylesheets().add(MainWindow.class.getResource("/id/jalin/app/jalin.css").toExternalForm());
        return scene;
    }

    public void switchLanguage(Language language) {
        context.settings().put(Setting.LANGUAGE, language.locale().toLanguageTag());
        context.settings().flush();
        messages.set(new Messages(language));
    }

    /** Brings a feature to the front, building its screen afresh so it can show what was asked for. */
    public void show(String featureId) {
        features.stream().filter(f -> f.id().equals(featureId)).findFirst().ifPresent(feature -> {
            if (navigation.getSelectionModel().getSelectedItem() == feature) {
                root.setCenter(feature.createView(messages.get()));
            } else {
                navigation.getSelectionModel().select(feature);
            }
        });
    }

    /** Builds the screens again, for example after demo data arrived. */
    public void refresh() {
        build(messages.get());
    }

    public Messages messages() {
        return messages.get();
    }

    private void build(Messages now) {
        stage.setTitle(now.get("app.window.title", context.database().mode() == id.jalin.kernel.db.DatabaseMode.EMBEDDED_H2
                ? now.get("app.db.embedded") : now.get("app.db.shared")));
        List<Feature> available = features;
        root.setTop(menuBar(now));
        navigation = navigation(now, available);
        root.setLeft(navigation);
        root.setBottom(new StatusBar(context, now).root());
    }

    private ListView<Feature> navigation(Messages now, List<Feature> available) {
        ListView<Feature> list = new ListView<>();
        list.setId("navigation");
        list.getStyleClass().add(Styles.NAVIGATION);
        list.getItems().setAll(available);
        list.setPrefWidth(165);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(Feature feature, boolean empty) {
                super.updateItem(feature, empty);
                setText(empty || feature == null ? null : now.get(feature.titleKey()));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, feature) -> {
            if (feature != null) {
                selectedFeatureId = feature.id();
                root.setCenter(feature.createView(now));
            }
        });
        Feature initial = available.stream().filter(f -> f.id().equals(selectedFeatureId)).findFirst()
                .orElse(available.isEmpty() ? null : available.get(0));
        if (initial == null) {
            root.setCenter(new Label(now.get("app.noFeatures")));
        } else {
            list.getSelectionModel().select(initial);
        }
        return list;
    }

    private MenuBar menuBar(Messages now) {
        MenuItem settings = new MenuItem(now.get("app.menu.file.settings"));
        settings.setId("settingsMenuItem");
        settings.setOnAction(event -> new ConnectionSettingsDialog(context, now, stage).showAndWait());
        MenuItem forum = new MenuItem(now.get("app.menu.file.forum"));
        forum.setId("forumProfileMenuItem");
        forum.setOnAction(event -> context.executor().execute(id.jalin.kernel.task.BackgroundTask
                .wrap(progress -> context.forum().profile())
                .onSuccess(profile -> new id.jalin.forum.ui.ForumProfileDialog(context.forum(), context.executor(),
                        now, context.files(), stage, profile).show())));
        MenuItem quit = new MenuItem(now.get("app.menu.file.quit"));
        quit.setId("quitMenuItem");
        quit.setOnAction(event -> stage.close());
        Menu file = new Menu(now.get("app.menu.file"), null, forum, settings, new SeparatorMenuItem(), quit);
        file.setId("fileMenu");

        ToggleGroup languages = new ToggleGroup();
        Menu language = new Menu(now.get("app.menu.view.language"));
        language.setId("languageMenu");
        for (Language option : Language.values()) {
            RadioMenuItem item = new RadioMenuItem(now.get("app.language." + option.name().toLowerCase(java.util.Locale.ROOT)));
            item.setId("language-" + option.name().toLowerCase(java.util.Locale.ROOT));
            item.setToggleGroup(languages);
            item.setSelected(option == now.language());
            item.setOnAction(event -> {
                if (option != messages.get().language()) {
                    switchLanguage(option);
                }
            });
            language.getItems().add(item);
        }
        Menu view = new Menu(now.get("app.menu.view"), null, language);
        view.setId("viewMenu");

        MenuItem about = new MenuItem(now.get("app.menu.help.about"));
        about.setId("aboutMenuItem");
        about.setOnAction(event -> new AboutDialog(now, context, stage).showAndWait());
        Menu help = new Menu(now.get("app.menu.help"), null, about);
        help.setId("helpMenu");

        MenuBar bar = new MenuBar(file, view, help);
        bar.setId("menuBar");
        return bar;
    }
}
