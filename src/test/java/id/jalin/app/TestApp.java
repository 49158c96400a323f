package id.jalin.app;

import id.jalin.access.domain.PasswordHasher;
import id.jalin.access.domain.SignedInUser;
import id.jalin.access.domain.WorkstationSignIn;
import id.jalin.kernel.access.Actor;
import id.jalin.kernel.access.Permissions;
import id.jalin.kernel.access.TestActors;
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
    /** The coordinator's password in the test database (login {@code koordinator}, TestActors.COORDINATOR). */
    public static final String COORDINATOR_PASSWORD = "koordinator-uji";
    /** Cheap Argon2 parameters: the same code path, without 200 ms per login in every test. */
    public static final PasswordHasher CHEAP_HASHER = new PasswordHasher(new PasswordHasher.Cost(1024, 1, 1));
    /** Who the window is for: the coordinator unless the test signs in as someone else before {@link #show}. */
    public final SignedInUser signedIn = new SignedInUser();
    /** Where this app's backups go: a folder of its own under target/. */
    public final Path backups = Path.of("target/test-backups", UUID.randomUUID().toString());
    public final AppContext context;
    /** The window shown now: after log out and in again, a new one. */
    public volatile MainWindow window;
    /** True once the user gave up at the login after logging out (the real app would end). */
    public final java.util.concurrent.atomic.AtomicBoolean gaveUp = new java.util.concurrent.atomic.AtomicBoolean();

    public TestApp() {
        ConnectionSettings connection = ConnectionSettings.embedded(Path.of("target/test-h2/jalin"));
        FeatureServices services = FeatureServices.over(database.dsl(), CLOCK, signedIn, CHEAP_HASHER);
        // The coordinator is a real user (id 1 on the fresh database), so logging in again and the users screen work.
        char[] password = COORDINATOR_PASSWORD.toCharArray();
        var created = services.users().createFirstCoordinator(TestActors.COORDINATOR.loginName(),
                TestActors.COORDINATOR.displayName(), password, password.clone());
        Actor coordinator = ((id.jalin.kernel.validation.SaveResult.Saved<id.jalin.access.domain.User>) created)
                .value().toActor();
        if (!coordinator.equals(TestActors.COORDINATOR)) {
            throw new IllegalStateException("The test coordinator should be TestActors.COORDINATOR: " + coordinator);
        }
        signedIn.signIn(coordinator);
        // A new database has an unnamed forum; the screens under test belong to a named one, as after first start.
        services.forum().save(services.forum().profile().named(FORUM_NAME, "FPPTI-JABAR", "Jl. Uji No. 1, Bandung"));
        WorkstationSignIn workstation = new WorkstationSignIn(settings, true, () -> "test-database",
                new Permissions(signedIn));
        context = new AppContext(settings, new ConnectionPreferences(settings, Path.of("target/test-h2/jalin"),
                id.jalin.kernel.settings.InMemoryPasswordVault.none()),
                connection, database, new FxTaskExecutor((title, failure) -> unhandledFailures.add(failure)), files,
                services.members(), services.memberImport(), services.agreements(), services.crossService(),
                services.forum(), services.forumSettings(), services.audit(), new id.jalin.transfer.domain.DataCareService(database,
                        new id.jalin.transfer.domain.BackupFolder(backups, CLOCK),
                        new id.jalin.transfer.domain.BackupSettings(settings), new Permissions(signedIn), CLOCK,
                        Database::open, new id.jalin.kernel.audit.JooqAuditRecorder(database.dsl(),
                                new id.jalin.kernel.audit.JooqAuditTrail(signedIn, CLOCK))),
                new AppContext.Access(signedIn, services.users(), services.logins(), workstation,
                        CLOCK),
                new AppContext.UnionCatalogue(services.catalogue(), new CatalogueIndexHolder(() ->
                        Path.of("target", "test-catalogue-index", String.valueOf(System.nanoTime())))),
                services.loans(), services.acquisition(), services.exchange(), services.redistribution(),
                services.training());
    }

    /** A test app whose window is shown to {@code actor} (any role; member staff need a library of the test's). */
    public static TestApp as(Actor actor) {
        TestApp app = new TestApp();
        app.signInAs(actor);
        return app;
    }

    /** Signs in as someone else; call before {@link #show} (the navigation follows the role). */
    public void signInAs(Actor actor) {
        signedIn.signIn(actor);
    }

    public void show(Stage stage, Language language) {
        javafx.application.Application.setUserAgentStylesheet(
                new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        window = JalinApp.buildMainWindow(stage, context, new Messages(language), opened::add, () -> {
            gaveUp.set(true);
            stage.close();
        }, built -> window = built);
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
