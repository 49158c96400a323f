package id.jalin.app;

import id.jalin.access.domain.SignedInUser;
import id.jalin.access.domain.WorkstationSignIn;
import id.jalin.access.ui.FirstCoordinatorDialog;
import id.jalin.access.ui.LoginDialog;
import id.jalin.forum.domain.ForumProfile;
import id.jalin.forum.ui.ForumNameDialog;
import id.jalin.forum.ui.ForumNameViewModel;
import id.jalin.kernel.access.Actor;
import id.jalin.kernel.access.Permissions;
import id.jalin.kernel.access.Role;
import id.jalin.kernel.db.DatabaseIdentity;
import id.jalin.kernel.db.DatabaseMode;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.settings.ConnectionPreferences;
import id.jalin.kernel.settings.Settings;
import id.jalin.kernel.task.BackgroundTask;
import id.jalin.kernel.task.FxTaskExecutor;
import id.jalin.kernel.ui.Dialogs;
import id.jalin.kernel.ui.FailureExplainer;
import id.jalin.kernel.ui.FileDialogs;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.concurrent.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * From launch to the main window, with the FX thread free throughout: the start window shows at once; the database
 * opens and migrates in the background; the first coordinator is created, or someone logs in; on an empty database
 * the demo data are offered to a coordinator; a forum without a name is
 * asked for one; then the main window replaces the start window. Each step that touches the database runs off the
 * FX thread and hands over to the next on it.
 */
final class StartupSequence {
    private static final Logger LOG = LoggerFactory.getLogger(StartupSequence.class);

    /** What the first start needs to know about the opened database before it decides what to ask. */
    private record FirstLook(ForumProfile profile, boolean empty, boolean hasUsers, Optional<Actor> automatic) {
    }

    private final Settings settings;
    private final ConnectionPreferences preferences;
    private final Messages messages;
    private final FileDialogs files;
    private final Clock clock;
    private final Consumer<AppContext> showMainWindow;
    private final Runnable onQuit;
    private final FxTaskExecutor executor;
    private final StartWindow window;
    private AppContext context;

    /**
     * @param showMainWindow builds and shows the main window over the context (the start window closes after it)
     * @param onQuit         called when the user gives up (or start-up cannot go on) before the main window
     */
    StartupSequence(Settings settings, ConnectionPreferences preferences, Messages messages, FileDialogs files,
                    Clock clock, Consumer<AppContext> showMainWindow, Runnable onQuit) {
        this.settings = settings;
        this.preferences = preferences;
        this.messages = messages;
        this.files = files;
        this.clock = clock;
        this.showMainWindow = showMainWindow;
        this.onQuit = onQuit;
        this.window = new StartWindow(messages);
        // Work nobody handles itself shows its failure in a dialog (and the log), never nothing.
        this.executor = new FxTaskExecutor(new id.jalin.kernel.ui.DialogFailurePresenter(() ->
                new Messages(id.jalin.kernel.i18n.Language.fromTag(settings.get(id.jalin.kernel.settings.Setting.LANGUAGE)))));
    }

    /** Call on the FX thread; returns at once, the rest follows as the steps finish. */
    void start() {
        window.show();
        new DatabaseStartup(preferences, messages, executor, window).open(this::opened, this::quit);
    }

    /** The context once the database is open (null before): the app closes it on exit. */
    AppContext context() {
        return context;
    }

    private void opened(DatabaseStartup.Opened opened) {
        // Nobody is signed in yet: every service refuses until the login (or the first coordinator) below.
        SignedInUser signedIn = new SignedInUser();
        FeatureServices services = FeatureServices.over(opened.database().dsl(), clock, signedIn);
        DatabaseIdentity identity = new DatabaseIdentity(opened.database().dsl());
        WorkstationSignIn workstation = new WorkstationSignIn(settings,
                opened.database().mode() == DatabaseMode.EMBEDDED_H2, remembered(identity::identifier),
                new Permissions(signedIn));
        context = new AppContext(settings, preferences, opened.settings(), opened.database(), executor, files,
                services.members(), services.memberImport(), services.agreements(), services.crossService(),
                services.forum(), services.forumSettings(), services.audit(), dataCare(opened.database(), signedIn),
                new AppContext.Access(signedIn, services.users(), services.logins(), workstation, clock),
                new AppContext.UnionCatalogue(services.catalogue(), new CatalogueIndexHolder(() ->
                        id.jalin.kernel.settings.DataFolder.forCurrentUser().resolve("catalogue-index")
                                .resolve(identity.identifier()))), services.loans(),
                services.acquisition(), services.exchange(), services.redistribution(),
                services.training());
        window.step(messages.get("startup.step.checking"));
        CardRulesCarryOver carryOver = new CardRulesCarryOver(settings, services.forumSettings());
        executor.execute(BackgroundTask.wrap(progress -> {
                    carryOver.run();
                    return new FirstLook(context.forum().profile(), context.members().libraries().isEmpty(),
                            services.logins().hasUsers(),
                            workstation.login().flatMap(services.logins()::automaticSignIn));
                })
                .onSuccess(this::firstLook)
                .onFailure(this::cannotGoOn));
    }

    /** The first answer, kept: the database's identifier never changes while it is open. */
    private static Supplier<String> remembered(Supplier<String> source) {
        return new Supplier<>() {
            private volatile String value;

            @Override
            public String get() {
                String known = value;
                if (known == null) {
                    known = source.get();
                    value = known;
                }
                return known;
            }
        };
    }

    /** Backups beside the embedded file (also while on a server: a restore there backs up first into it). */
    private id.jalin.transfer.domain.DataCareService dataCare(id.jalin.kernel.db.Database database,
                                                              SignedInUser signedIn) {
        return new id.jalin.transfer.domain.DataCareService(database,
                new id.jalin.transfer.domain.BackupFolder(
                        id.jalin.transfer.domain.BackupFolder.besideDatabase(preferences.embeddedFile()), clock),
                new id.jalin.transfer.domain.BackupSettings(settings), new Permissions(signedIn), clock,
                id.jalin.kernel.db.Database::open, new id.jalin.kernel.audit.JooqAuditRecorder(database.dsl(),
                        new id.jalin.kernel.audit.JooqAuditTrail(signedIn, clock)));
    }

    /**
     * Who is working, before anything else: on a database without users the person starting Jalin becomes its
     * first coordinator; with "no login on this workstation" turned on (embedded only) that user goes straight in;
     * otherwise the login dialog asks.
     */
    private void firstLook(FirstLook look) {
        Optional<Actor> actor;
        if (!look.hasUsers()) {
            window.step(messages.get("access.startup.first"));
            actor = new FirstCoordinatorDialog(context.access().users(), executor, messages, window.window())
                    .showAndWait();
        } else if (look.automatic().isPresent()) {
            LOG.info("Signed in without login on this workstation as {}", look.automatic().get().loginName());
            actor = look.automatic();
        } else {
            window.step(messages.get("access.startup.login"));
            actor = new LoginDialog(context.access().logins(), executor, messages, clock.getZone(), window.window(),
                    look.profile().name()).showAndWait();
        }
        if (actor.isEmpty()) {
            quit();
            return;
        }
        context.access().signedIn().signIn(actor.get());
        DemoDataOffer offer = new DemoDataOffer(settings, messages);
        // Demo data are the coordinator's to load (they fill the forum's register and profile).
        if (actor.get().role() == Role.COORDINATOR && offer.shouldOffer(context.currentConnection(), look.empty())
                && offer.ask(window.window(), context.currentConnection())) {
            loadDemoData();
            return;
        }
        nameTheForumIfNeeded(look.profile());
    }

    private void loadDemoData() {
        DemoDataLoad load = new DemoDataLoad(context.database(), clock, context.access().signedIn());
        executor.execute(BackgroundTask.wrap(progress -> {
                    load.run(progress);
                    return context.forum().profile();
                })
                .withProgress(messages.get("demo.progress"))
                .onSuccess(this::nameTheForumIfNeeded)
                .onFailure(failure -> {
                    // The load was one transaction, so nothing of it is stored; go on as without demo data.
                    new Dialogs(messages).error(window.window(), messages.get("demo.offer.title"),
                            messages.get("demo.failed", new FailureExplainer(messages).reason(failure)));
                    afterDemoFailed();
                })
                .onCancelled(this::afterDemoFailed));
        Task<?> running = executor.visibleTaskProperty().get();
        window.follow(messages.get("demo.progress"), running);
    }

    private void afterDemoFailed() {
        executor.execute(BackgroundTask.wrap(progress -> context.forum().profile())
                .onSuccess(this::nameTheForumIfNeeded)
                .onFailure(this::cannotGoOn));
    }

    private void nameTheForumIfNeeded(ForumProfile profile) {
        if (profile.isNamed()) {
            openMainWindow();
            return;
        }
        window.step(messages.get("startup.step.forumName"));
        ForumNameViewModel model = new ForumNameViewModel(context.forum(), executor, messages, profile);
        Optional<ForumProfile> named = new ForumNameDialog(model, messages, window.window()).showAndWait();
        if (named.isEmpty()) {
            quit();
            return;
        }
        openMainWindow();
    }

    private void openMainWindow() {
        window.step(messages.get("startup.step.window"));
        showMainWindow.accept(context);
        window.close();
    }

    private void cannotGoOn(Throwable failure) {
        LOG.error("Start-up stopped after the database opened", failure);
        String text = messages.get("startup.error.other", context.currentConnection().toString());
        window.failed(text);
        new Dialogs(messages).failure(window.window(), new FailureExplainer.Explanation(
                messages.get("startup.error.title"), text, FailureExplainer.details(failure)));
        quit();
    }

    private void quit() {
        window.close();
        executor.close();
        if (context != null) {
            context.database().close();
            context = null;
        }
        onQuit.run();
    }
}
