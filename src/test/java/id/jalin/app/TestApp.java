package id.jalin.app;

import id.jalin.kernel.db.ConnectionSettings;
import id.jalin.kernel.db.Database;
import id.jalin.kernel.db.TestDatabases;
import id.jalin.kernel.i18n.Language;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.settings.ConnectionPreferences;
import id.jalin.kernel.settings.Settings;
import id.jalin.kernel.task.FxTaskExecutor;
import id.jalin.kernel.ui.FileDialogs;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.UUID;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The real main window over a fresh in-memory H2 and throw-away preferences, for TestFX tests. */
public final class TestApp {
    public final Database database = TestDatabases.h2();
    public final Settings settings = new Settings(Preferences.userRoot().node("jalin-test/" + UUID.randomUUID()));
    public final ScriptedFileDialogs files = new ScriptedFileDialogs();
    /** Files the app asked the desktop to open (printed PDFs, scans). */
    public final java.util.List<Path> opened = new java.util.concurrent.CopyOnWriteArrayList<>();
    public static final String FORUM_NAME = "Forum Perpustakaan Uji Jawa Barat";
    /** Screens under test live on a fixed day, 24 November 2026, 09:00 in Jakarta: no test depends on the calendar. */
    public static final java.time.Clock CLOCK = java.time.Clock.fixed(java.time.Instant.parse("2026-11-24T02:00:00Z"),
            java.time.ZoneId.of("Asia/Jakarta"));
    public static final java.time.LocalDate TODAY = java.time.LocalDate.now(CLOCK);
    /** Background failures no screen handled itself, as the failure dialog would have shown them. */
    public final java.util.List<Throwable> unhandledFailures = new java.util.concurrent.CopyOnWriteArrayList<>();
    public final AppContext context;
    public MainWindow window;
    /** Who the services act for; the coordinator unless a test says otherwise with {@link #actAs}. */
    private final java.util.concurrent.atomic.AtomicReference<id.jalin.kernel.access.Actor> acting =
            new java.util.concurrent.atomic.AtomicReference<>(id.jalin.kernel.access.TestActors.COORDINATOR);

    public TestApp() {
        ConnectionSettings connection = ConnectionSettings.embedded(Path.of("target/test-h2/jalin"));
        FeatureServices services = FeatureServices.over(database.dsl(), CLOCK, acting::get);
        // A new database has an unnamed forum; the screens under test belong to a named one, as after first start.
        services.forum().save(services.forum().profile().named(FORUM_NAME, "FPPTI-JABAR", "Jl. Uji No. 1, Bandung"));
        context = new AppContext(settings, new ConnectionPreferences(settings, Path.of("target/test-h2/jalin")),
                connection, database, new FxTaskExecutor((title, failure) -> unhandledFailures.add(failure)), files,
                services.members(), services.memberImport(), services.agreements(), services.crossService(),
                services.forum());
    }

    /**
     * From now on the services act for {@code actor}: seed the data as the coordinator first, then act as member
     * staff or a read-only login before {@link #show} so the screens offer what that role may do.
     */
    public void actAs(id.jalin.kernel.access.Actor actor) {
        acting.set(actor);
    }

    public void show(Stage stage, Language language) {
        javafx.application.Application.setUserAgentStylesheet(
                new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        window = new MainWindow(context, stage, new Messages(language),
                navigator -> JalinApp.features(context, navigator, opened::add));
        stage.setScene(window.createScene());
        stage.setWidth(1280);
        stage.setHeight(800);
        stage.show();
    }

    /** Shows a feature, as clicking it in the navigation would. */
    public void open(String featureId) {
        javafx.application.Platform.runLater(() -> window.show(featureId));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    public void close() {
        context.executor().close();
        database.close();
    }

    /** Answers open and save dialogs with paths queued by the test. */
    public static final class ScriptedFileDialogs implements FileDialogs {
        private final Deque<Path> answers = new ArrayDeque<>();

        public void answer(Path path) {
            answers.add(path);
        }

        @Override
        public Optional<Path> open(Window owner, String title, FileKind kind) {
            return Optional.ofNullable(answers.poll());
        }

        @Override
        public Optional<Path> save(Window owner, String title, FileKind kind, String suggestedName) {
            return Optional.ofNullable(answers.poll());
        }
    }
}
