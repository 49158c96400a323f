package id.jalin.app;

import id.jalin.kernel.i18n.Language;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.settings.Setting;
import id.jalin.kernel.ui.ColumnMemory;
import id.jalin.kernel.ui.Feature;
import id.jalin.kernel.ui.Navigator;
import id.jalin.kernel.ui.ScreenPlace;
import id.jalin.kernel.ui.Styles;
import id.jalin.kernel.ui.UnsavedChanges;
import id.jalin.kernel.ui.UnsavedChangesGuard;
import id.jalin.kernel.ui.WindowMemory;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
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
import javafx.scene.Node;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * The shell: menu, navigation list of the features that exist, the selected feature's screen, and the status bar.
 * Switching language re-labels the whole window at once, without a restart, by building it again in the new language;
 * the screen, its tabs and its selection are put back afterwards. Anything that would throw typing away (another
 * feature, another language, closing the window) asks the screen's unsaved changes first.
 */
public final class MainWindow {
    private final AppContext context;
    private final Stage stage;
    private final List<Feature> features;
    private ListView<Feature> navigation;
    private final ObjectProperty<Messages> messages = new SimpleObjectProperty<>();
    private final BorderPane root = new BorderPane();
    private String selectedFeatureId;
    private final ColumnMemory columns;
    private final WindowMemory windowMemory;
    /** Log out / switch user, after unsaved typing was asked about; set by whoever builds the window. */
    private Runnable onSignOut = () -> { };
    private Runnable onQuit;
    /** True while the navigation's selection is set back after the user chose to stay. */
    private boolean revertingNavigation;

    public MainWindow(AppContext context, Stage stage, Messages initial,
                      java.util.function.Function<Navigator, List<Feature>> features) {
        this.context = context;
        this.stage = stage;
        this.onQuit = stage::close;
        this.features = features.apply(this::show);
        this.columns = new ColumnMemory(context.settings());
        this.windowMemory = new WindowMemory(context.settings());
        root.setId("mainWindow");
        messages.addListener((obs, old, now) -> build(now));
        messages.set(initial);
        stage.setOnCloseRequest(this::closeRequested);
        // Every dialog gets buttons and labels as wide as their words and opens centred on this window.
        javafx.stage.Window.getWindows().addListener((javafx.collections.ListChangeListener<javafx.stage.Window>)
                change -> {
                    while (change.next()) {
                        change.getAddedSubList().forEach(window ->
                                id.jalin.kernel.ui.DialogFit.fit(window, stage));
                    }
                });
    }

    public void setOnSignOut(Runnable action) {
        this.onSignOut = action;
    }

    /** Asks about unsaved typing first, then logs the current person out (the login follows). */
    public void signOut() {
        guard().proceed(stage, dirtyChanges(), () -> {
            windowMemory.remember(stage);
            onSignOut.run();
        });
    }

    /** Where the window was when it was last closed; applied by the caller before the stage is shown. */
    public WindowMemory windowMemory() {
        return windowMemory;
    }

    /**
     * What closing the window does once unsaved typing is dealt with: the window just closes unless the app
     * closes itself behind a window of its own ({@link ClosingSequence}).
     */
    public void setOnQuit(Runnable action) {
        this.onQuit = action;
    }

    private void closeRequested(WindowEvent event) {
        event.consume();
        guard().proceed(stage, dirtyChanges(), () -> {
            if (!longWorkMayStop()) {
                return;
            }
            windowMemory.remember(stage);
            onQuit.run();
        });
    }

    /**
     * Long work shown in the status bar (an import, a harvest, printing cards) would end with the window and leave
     * nothing of itself: the user is asked first, and may stay until it is done.
     */
    private boolean longWorkMayStop() {
        javafx.concurrent.Task<?> running = context.executor().visibleTaskProperty().get();
        if (running == null || running.isDone()) {
            return true;
        }
        Messages now = messages.get();
        ButtonType stop = new ButtonType(now.get("app.quit.running.stop"), ButtonBar.ButtonData.YES);
        ButtonType stay = new ButtonType(now.get("app.quit.running.stay"), ButtonBar.ButtonData.CANCEL_CLOSE);
        return new id.jalin.kernel.ui.Dialogs(now).choose(stage, "runningWorkDialog",
                        now.get("app.quit.running.title"), now.get("app.quit.running.text", running.getTitle()),
                        stop, stay)
                .filter(stop::equals).isPresent();
    }

    private java.util.List<UnsavedChanges> dirtyChanges() {
        return root.getCenter() == null ? List.of() : UnsavedChanges.dirtyIn(root.getCenter());
    }

    private UnsavedChangesGuard guard() {
        return new UnsavedChangesGuard(messages.get());
    }

    private void setScreen(Node screen) {
        root.setCenter(screen);
        columns.applyUnder(screen);
        id.jalin.kernel.ui.TableFit.applyUnder(screen);
    }

    public Scene createScene() {
        Scene scene = new Scene(root, 1280, 800);
        scene.getStylesheets().add(MainWindow.class.getResource("/id/jalin/app/jalin.css").toExternalForm());
        return scene;
    }

    /** Asks about unsaved typing first, then re-labels the window and puts the user back where they were. */
    public void switchLanguage(Language language) {
        guard().proceed(stage, dirtyChanges(), () -> {
            context.settings().put(Setting.LANGUAGE, language.locale().toLanguageTag());
            context.settings().flush();
            ScreenPlace place = ScreenPlace.capture(root.getCenter());
            messages.set(new Messages(language));
            place.restore(root.getCenter());
        });
    }

    /** Brings a feature to the front, building its screen afresh so it can show what was asked for. */
    public void show(String featureId) {
        features.stream().filter(f -> f.id().equals(featureId)).findFirst().ifPresent(feature -> {
            if (navigation.getSelectionModel().getSelectedItem() == feature) {
                guard().proceed(stage, dirtyChanges(), () -> setScreen(feature.createView(messages.get())));
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
        root.setBottom(new StatusBar(context, now, this::signOut).root());
    }

    private ListView<Feature> navigation(Messages now, List<Feature> available) {
        ListView<Feature> list = new ListView<>();
        list.setId("navigation");
        list.getStyleClass().add(Styles.NAVIGATION);
        list.getItems().setAll(available);
        // wide enough for the longest entry in either language ("Pinjam antarperpustakaan")
        list.setPrefWidth(232);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(Feature feature, boolean empty) {
                super.updateItem(feature, empty);
                setText(empty || feature == null ? null : now.get(feature.titleKey()));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, feature) -> {
            if (feature == null || revertingNavigation) {
                return;
            }
            if (old != null && !dirtyChanges().isEmpty()) {
                // Ask after this selection change has finished; stay on the old entry meanwhile.
                javafx.application.Platform.runLater(() -> {
                    revertingNavigation = true;
                    list.getSelectionModel().select(old);
                    revertingNavigation = false;
                    guard().proceed(stage, dirtyChanges(), () -> list.getSelectionModel().select(feature));
                });
                return;
            }
            selectedFeatureId = feature.id();
            setScreen(feature.createView(now));
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
        // The forum profile is a forum setting: the coordinator's alone (decision record 0016).
        forum.setDisable(!context.forum().mayChange());
        forum.setOnAction(event -> context.executor().execute(id.jalin.kernel.task.BackgroundTask
                .wrap(progress -> context.forum().profile())
                .onSuccess(profile -> new id.jalin.forum.ui.ForumProfileDialog(context.forum(), context.executor(),
                        now, context.files(), stage, profile).show())));
        MenuItem data = new MenuItem(now.get("app.menu.file.data"));
        data.setId("dataCareMenuItem");
        data.setOnAction(event -> new id.jalin.transfer.ui.DataCareDialog(context.dataCare(), context.executor(), now,
                context.files(), stage, context.connectionPreferences().server(),
                new id.jalin.transfer.domain.WorkstationSwitch(context.settings(), context.connectionPreferences()),
                this::refresh).show());
        MenuItem forumSettings = new MenuItem(now.get("forum.settings.menu"));
        forumSettings.setId("forumSettingsMenuItem");
        // Forum settings and the forum's data are the coordinator's (the services refuse others anyway).
        boolean coordinator = new id.jalin.kernel.access.Permissions(context.access().signedIn()).mayAdminister();
        forumSettings.setDisable(!coordinator);
        data.setDisable(!coordinator);
        forumSettings.setOnAction(event -> context.executor().execute(id.jalin.kernel.task.BackgroundTask
                .wrap(progress -> context.forumSettings().settings())
                .onSuccess(current -> new id.jalin.forum.ui.ForumSettingsDialog(
                        new id.jalin.forum.ui.ForumSettingsViewModel(context.forumSettings(), context.executor(), now,
                                current), now, stage).show())));
        MenuItem quit = new MenuItem(now.get("app.menu.file.quit"));
        quit.setId("quitMenuItem");
        // Through the close request, so unsaved typing is asked about as when the window's X is clicked.
        quit.setOnAction(event -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        MenuItem ownPassword = new MenuItem(now.get("access.password.own.menu"));
        ownPassword.setId("changePasswordMenuItem");
        ownPassword.setOnAction(event -> id.jalin.access.ui.ChangeOwnPassword.ask(context.access().users(),
                context.executor(), now, stage));
        MenuItem signOut = new MenuItem(now.get("access.signOut"));
        signOut.setId("signOutMenuItem");
        signOut.setOnAction(event -> signOut());
        Menu file = new Menu(now.get("app.menu.file"), null, forum, forumSettings, settings, data, new SeparatorMenuItem(), ownPassword,
                signOut, new SeparatorMenuItem(), quit);
        file.setId("fileMenu");

        ToggleGroup languages = new ToggleGroup();
        Menu language = new Menu(now.get("app.menu.view.language"));
        language.setId("languageMenu");
        for (Language option : Language.values()) {
            RadioMenuItem item = new RadioMenuItem(now.get("app.language." + option.name().toLowerCase(java.util.Locale.ROOT)));
            item.setId("language-" + option.name().toLowerCase(java.util.Locale.ROOT));
            item.setToggleGroup(languages);
            item.setUserData(option);
            item.setSelected(option == now.language());
            item.setOnAction(event -> {
                if (option != messages.get().language()) {
                    switchLanguage(option);
                }
                // After "stay" the tick goes back to the language the window still shows.
                languages.getToggles().forEach(toggle -> toggle.setSelected(
                        toggle.getUserData() == messages.get().language()));
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
