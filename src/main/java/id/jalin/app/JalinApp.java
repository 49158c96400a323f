package id.jalin.app;

import atlantafx.base.theme.PrimerLight;
import id.jalin.kernel.db.ConnectionSettings;
import id.jalin.kernel.db.Database;
import id.jalin.kernel.i18n.Language;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.settings.ConnectionPreferences;
import id.jalin.kernel.settings.DataFolder;
import id.jalin.kernel.settings.Setting;
import id.jalin.kernel.settings.Settings;
import id.jalin.kernel.task.FxTaskExecutor;
import id.jalin.agreement.data.JooqAgreementRepository;
import id.jalin.agreement.domain.AgreementService;
import id.jalin.agreement.ui.AgreementFeature;
import id.jalin.agreement.ui.MemberAgreementsSection;
import id.jalin.agreement.ui.ReminderPanel;
import id.jalin.crossservice.data.JooqCrossServiceRepository;
import id.jalin.crossservice.domain.CrossServices;
import id.jalin.crossservice.ui.CrossServiceFeature;
import id.jalin.kernel.ui.Feature;
import id.jalin.kernel.ui.FileOpener;
import id.jalin.kernel.ui.Navigator;
import id.jalin.kernel.ui.NativeFileDialogs;
import id.jalin.member.data.JooqMemberRepository;
import id.jalin.member.domain.csv.MemberImportService;
import id.jalin.member.domain.MemberService;
import id.jalin.member.ui.MemberRegisterFeature;
import java.util.List;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts Jalin: reads the preferences, opens the database, builds the object graph and shows the main window. */
public final class JalinApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(JalinApp.class);

    private AppContext context;

    public static void main(String[] args) {
        launch(JalinApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Settings settings = Settings.forUser();
        Messages messages = new Messages(Language.fromTag(settings.get(Setting.LANGUAGE)));
        ConnectionPreferences preferences = new ConnectionPreferences(settings, DataFolder.defaultDatabaseFile());
        Optional<DatabaseStartup.Opened> opened = new DatabaseStartup(preferences, messages).open();
        if (opened.isEmpty()) {
            Platform.exit();
            return;
        }
        context = buildContext(settings, preferences, opened.get().settings(), opened.get().database());
        MainWindow window = showMainWindow(stage, messages);
        new DemoDataOffer(context, messages, stage, window::refresh).offerIfEmpty();
    }

    public static AppContext buildContext(Settings settings, ConnectionPreferences preferences,
                                   ConnectionSettings connection, Database database) {
        var memberRepository = new JooqMemberRepository(database.dsl());
        MemberService members = new MemberService(memberRepository);
        java.time.Clock clock = java.time.Clock.systemDefaultZone();
        AgreementService agreements = new AgreementService(new JooqAgreementRepository(database.dsl()), clock);
        CrossServices crossService = CrossServices.over(new JooqCrossServiceRepository(database.dsl()), members, clock);
        return new AppContext(settings, preferences, connection, database, new FxTaskExecutor(),
                new NativeFileDialogs(), members, new MemberImportService(memberRepository), agreements, crossService);
    }

    private MainWindow showMainWindow(Stage stage, Messages messages) {
        FileOpener opener = file -> getHostServices().showDocument(file.toUri().toString());
        MainWindow window = new MainWindow(context, stage, messages, navigator -> features(context, navigator, opener));
        stage.setScene(window.createScene());
        stage.getIcons().add(new Image(JalinApp.class.getResourceAsStream("/id/jalin/app/jalin-icon.png")));
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        window.windowMemory().restore(stage);
        stage.show();
        LOG.info("Main window shown on {}", context.currentConnection());
        return window;
    }

    /** The features the navigation offers, in order, wired to each other through the navigator. */
    public static List<Feature> features(AppContext context, Navigator navigator, FileOpener opener) {
        AgreementFeature agreements = new AgreementFeature(context.agreements(), context.members(), context.executor(),
                context.files(), opener, navigator);
        ReminderPanel reminders = new ReminderPanel(context.agreements(), context.executor(), agreements::open);
        MemberAgreementsSection memberAgreements = new MemberAgreementsSection(context.agreements(),
                context.executor(), agreements::open);
        return List.of(
                new HomeFeature(List.of(reminders::create)),
                new MemberRegisterFeature(context.members(), context.memberImport(), context.executor(),
                        context.files(), List.of(memberAgreements)),
                agreements,
                new CrossServiceFeature(context.crossService(), context.members(), context.agreements(),
                        context.executor(), context.files(), opener, context.settings()));
    }

    @Override
    public void stop() {
        if (context != null) {
            context.executor().close();
            context.database().close();
        }
    }
}
