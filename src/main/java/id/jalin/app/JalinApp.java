package id.jalin.app;

import id.jalin.audit.ui.AuditFeature;
import atlantafx.base.theme.PrimerLight;
import id.jalin.access.ui.UsersFeature;
import id.jalin.agreement.ui.AgreementFeature;
import id.jalin.agreement.ui.MemberAgreementsSection;
import id.jalin.agreement.ui.AgreementAttention;
import id.jalin.crossservice.ui.CrossServiceFeature;
import id.jalin.kernel.access.Role;
import id.jalin.kernel.i18n.Language;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.settings.ConnectionPreferences;
import id.jalin.kernel.settings.DataFolder;
import id.jalin.kernel.settings.Setting;
import id.jalin.kernel.settings.Settings;
import id.jalin.kernel.ui.Feature;
import id.jalin.kernel.ui.FileOpener;
import id.jalin.kernel.ui.NativeFileDialogs;
import id.jalin.kernel.ui.Navigator;
import id.jalin.member.ui.MemberRegisterFeature;
import java.time.Clock;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts Jalin: reads the preferences and hands over to the {@link StartupSequence}, which opens the database off
 * the FX thread behind a start window and shows the main window on this stage when all is ready.
 */
public final class JalinApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(JalinApp.class);

    private StartupSequence startup;
    private volatile ClosingWork closing;

    public static void main(String[] args) {
        launch(JalinApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Settings settings = Settings.forUser();
        Messages messages = new Messages(Language.fromTag(settings.get(Setting.LANGUAGE)));
        ConnectionPreferences preferences = new ConnectionPreferences(settings, DataFolder.defaultDatabaseFile(),
                new id.jalin.kernel.settings.KeyringPasswordVault());
        FileOpener opener = new DesktopFileOpener();
        startup = new StartupSequence(settings, preferences, messages, new NativeFileDialogs(),
                Clock.systemDefaultZone(), context -> {
                    closing = ClosingWork.of(context);
                    showMainWindow(stage, context, messages, opener,
                            built -> built.setOnQuit(() -> quit(stage, built.messages())));
                    backUpIfDueToday(context, messages);
                }, Platform::exit);
        startup.start();
    }

    /** The daily automatic backup, when it is due: once the window shows, with progress in the status bar. */
    private static void backUpIfDueToday(AppContext context, Messages messages) {
        context.executor().execute(id.jalin.kernel.task.BackgroundTask
                .wrap(progress -> context.dataCare().backupIfDueToday(progress))
                .withProgress(messages.get("transfer.progress.automatic")));
    }

    /**
     * The main window is closed: Jalin ends once the backup on exit and the database's close are done, behind a
     * small window when they take a while. The FX toolkit must not end by itself when the main window hides.
     */
    private void quit(Stage stage, Messages messages) {
        Platform.setImplicitExit(false);
        new ClosingSequence(closing, messages, Platform::exit).start(stage);
    }

    /** Builds the main window over the context on {@code stage} and shows it. */
    public static MainWindow showMainWindow(Stage stage, AppContext context, Messages messages, FileOpener opener) {
        return showMainWindow(stage, context, messages, opener, built -> { });
    }

    /** As {@link #showMainWindow(Stage, AppContext, Messages, FileOpener)}; {@code built} hears of every window. */
    static MainWindow showMainWindow(Stage stage, AppContext context, Messages messages, FileOpener opener,
                                     java.util.function.Consumer<MainWindow> built) {
        MainWindow window = buildMainWindow(stage, context, messages, opener, Platform::exit, built);
        stage.getIcons().add(new Image(JalinApp.class.getResourceAsStream("/id/jalin/app/jalin-icon.png")));
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        window.windowMemory().restore(stage);
        stage.show();
        LOG.info("Main window shown on {}", context.currentConnection());
        return window;
    }

    /**
     * The main window for whoever is signed in, put on the stage. "Log out / switch user" asks for the next login
     * over an empty stage and builds the window again for that person (their role decides the navigation);
     * giving up at that login runs {@code gaveUp}. {@code built} hears of every window built, the first included.
     */
    static MainWindow buildMainWindow(Stage stage, AppContext context, Messages messages, FileOpener opener,
                                      Runnable gaveUp, java.util.function.Consumer<MainWindow> built) {
        MainWindow window = new MainWindow(context, stage, messages, navigator -> features(context, navigator, opener));
        window.setOnSignOut(() -> new SignOutFlow(context, stage).run(window.messages(),
                next -> buildMainWindow(stage, context, next, opener, gaveUp, built), gaveUp));
        stage.setScene(window.createScene());
        built.accept(window);
        return window;
    }

    /** The features the navigation offers, in order, wired to each other through the navigator. */
    public static List<Feature> features(AppContext context, Navigator navigator, FileOpener opener) {
        AgreementFeature agreements = new AgreementFeature(context.agreements(), context.members(), context.executor(),
                context.files(), opener, navigator);
        MemberAgreementsSection memberAgreements = new MemberAgreementsSection(context.agreements(),
                context.executor(), agreements::open);
        id.jalin.loan.ui.LoanFeature loans = new id.jalin.loan.ui.LoanFeature(context.loans(), context.forum(), context.executor(),
                context.files(), opener, navigator);
        id.jalin.acquisition.ui.AcquisitionFeature acquisition = new id.jalin.acquisition.ui.AcquisitionFeature(
                context.acquisition(), context.forum(), context.executor(), context.files(), opener, navigator);
        id.jalin.training.ui.TrainingFeature training = new id.jalin.training.ui.TrainingFeature(context.training(),
                context.forum(), context.executor(), context.files(), opener, navigator);
        id.jalin.redistribution.ui.RedistributionFeature redistribution = new id.jalin.redistribution.ui
                .RedistributionFeature(context.redistribution(), context.forum(), context.executor(), context.files(),
                opener, navigator);
        id.jalin.exchange.ui.ExchangeFeature exchange = new id.jalin.exchange.ui.ExchangeFeature(context.exchange(),
                context.agreements(), context.forum(), context.executor(), context.files(), opener, navigator);
        CrossServiceFeature crossService = new CrossServiceFeature(context.crossService(), context.members(),
                context.forum(), context.forumSettings(), context.executor(), context.files(), opener,
                context.settings(), navigator);
        AttentionPanel attention = new AttentionPanel(List.of(
                AgreementAttention.of(context.agreements(), agreements::open),
                id.jalin.crossservice.ui.CardAttention.of(context.crossService().cards(), context.members(),
                        crossService::openEndingCards),
                id.jalin.loan.ui.LoanAttention.of(context.loans(), loans::open),
                id.jalin.acquisition.ui.AcquisitionAttention.of(context.acquisition(), acquisition::open),
                id.jalin.exchange.ui.ExchangeAttention.of(context.exchange(), exchange::open),
                id.jalin.redistribution.ui.RedistributionAttention.of(context.redistribution(),
                        redistribution::open),
                id.jalin.training.ui.TrainingAttention.of(context.training(), training::open)), context.executor());
        List<Feature> features = new java.util.ArrayList<>(List.of(
                new HomeFeature(attention),
                new MemberRegisterFeature(context.members(), context.memberImport(), context.executor(),
                        context.files(), List.of(memberAgreements, new id.jalin.training.ui.MemberTrainingSection(
                                context.training(), context.executor())), holdingsSummaries(context)),
                agreements,
                crossService,
                new id.jalin.catalogue.ui.CatalogueFeature(context.catalogue().service(), context.catalogue().index(),
                        new id.jalin.catalogue.load.HoldingsLoading(context.catalogue().service()), context.members(),
                        context.forum(), context.executor(), context.files(), opener,
                        work -> loans.request(LoanItems.of(work))),
                loans,
                acquisition,
                exchange,
                redistribution,
                training));
        // Users are the coordinator's: others do not see the entry (and the service refuses them anyway).
        boolean coordinator = context.access().signedIn().current()
                .map(actor -> actor.role() == Role.COORDINATOR).orElse(false);
        if (coordinator) {
            features.add(new UsersFeature(context.access().users(), context.members(),
                    context.access().workstation(), context.executor(), context.access().clock()));
        }
        // the trail shows every desk's work: offered to the coordinator only (the service checks again)
        if (context.audit().mayBrowse()) {
            features.add(new AuditFeature(context.audit(), context.executor(), context.files(), opener));
        }
        return List.copyOf(features);
    }

    /** The catalogue's loads as the member register shows them, in the user's words. */
    private static id.jalin.member.domain.HoldingsSummaries holdingsSummaries(AppContext context) {
        return () -> {
            id.jalin.kernel.i18n.Messages words = new id.jalin.kernel.i18n.Messages(
                    Language.fromTag(context.settings().get(id.jalin.kernel.settings.Setting.LANGUAGE)));
            return context.catalogue().service().loads().stream().filter(load -> load.records() > 0)
                    .collect(java.util.stream.Collectors.toMap(load -> load.memberId(),
                            load -> new id.jalin.member.domain.HoldingsSummary(load.loadedAt(),
                                    words.label("catalogue.source", load.source()), load.origin(), load.records())));
        };
    }

    /**
     * Jalin ends: normally after the {@link ClosingSequence} has done the closing work, which then runs no more;
     * when the toolkit ends otherwise (the start-up given up), the same work runs here, without a window.
     */
    @Override
    public void stop() {
        if (closing != null) {
            closing.run(id.jalin.kernel.task.Progress.NONE, step -> { });
            return;
        }
        AppContext context = startup == null ? null : startup.context();
        if (context != null) {
            ClosingWork.of(context).run(id.jalin.kernel.task.Progress.NONE, step -> { });
        }
    }
}
