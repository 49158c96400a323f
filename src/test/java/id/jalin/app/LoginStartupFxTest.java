package id.jalin.app;

import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.access.domain.UserDraft;
import id.jalin.kernel.access.Role;
import id.jalin.kernel.access.TestActors;
import id.jalin.kernel.db.ConnectionSettings;
import id.jalin.kernel.db.Database;
import id.jalin.kernel.db.DatabaseIdentity;
import id.jalin.kernel.i18n.Language;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.settings.ConnectionPreferences;
import id.jalin.kernel.settings.Setting;
import id.jalin.kernel.settings.Settings;
import id.jalin.kernel.ui.Snapshots;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Starting Jalin on a database that has users: the login dialog, its refusals, and "no login on this workstation". */
@ExtendWith(ApplicationExtension.class)
class LoginStartupFxTest {
    private static final String PASSWORD = "sandi-sekretaris";

    private final Settings settings = new Settings(Preferences.userRoot().node("jalin-test/" + UUID.randomUUID()));
    private final Messages messages = new Messages(Language.INDONESIAN);
    private final AtomicBoolean quit = new AtomicBoolean();
    private Stage mainStage;
    private StartupSequence sequence;
    private String databaseId;

    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        mainStage = stage;
        javafx.application.Application.setUserAgentStylesheet(
                new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
    }

    /** A forum that already has a name, a coordinator and a secretary, as on its second day. */
    @BeforeEach
    void prepareDatabase() {
        try (Database database = Database.open(ConnectionSettings.embedded(folder.resolve("jalin")))) {
            FeatureServices services = FeatureServices.over(database.dsl(), TestApp.CLOCK, TestActors.AS_COORDINATOR);
            services.forum().save(services.forum().profile().named(TestApp.FORUM_NAME, "FPPTI-JABAR", ""));
            char[] coordinator = "sandi-koordinator".toCharArray();
            services.users().createFirstCoordinator("dewi", "Dewi Koordinator", coordinator, coordinator.clone());
            services.users().create(new UserDraft("sari", "Sari Sekretaris", Role.SECRETARY, null),
                    PASSWORD.toCharArray(), PASSWORD.toCharArray());
            databaseId = new DatabaseIdentity(database.dsl()).identifier();
        }
    }

    @AfterEach
    void close() throws Exception {
        AppContext context = sequence == null ? null : sequence.context();
        if (context != null) {
            context.executor().close();
            context.database().close();
        }
        WaitForAsyncUtils.asyncFx(() -> javafx.stage.Window.getWindows().stream()
                .filter(w -> w instanceof Stage).map(w -> (Stage) w).toList().forEach(Stage::close)).get();
    }

    private void start() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            sequence = new StartupSequence(settings, new ConnectionPreferences(settings, folder.resolve("jalin"),
                            id.jalin.kernel.settings.InMemoryPasswordVault.none()),
                    messages, new TestApp.ScriptedFileDialogs(), TestApp.CLOCK,
                    context -> JalinApp.showMainWindow(mainStage, context, messages, path -> true), () -> quit.set(true));
            sequence.start();
        }).get();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
    }

    private static boolean showing(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(Node::getScene).map(scene -> scene.getWindow().isShowing())
                .orElse(false);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static void tryLogin(FxRobot robot, String login, String password) throws Exception {
        robot.interact(() -> robot.lookup("#loginName").queryTextInputControl().setText(login));
        robot.clickOn("#loginPassword").write(password);
        robot.interact(() -> robot.lookup("#loginMessage").queryAs(Label.class).setText(""));
        robot.clickOn("#loginEnter");
        waitUntil(() -> !showing(robot, "#loginDialog") || !text(robot, "#loginMessage").isEmpty());
    }

    @Test
    void aWrongPasswordIsSaidInTheDialogAndTheRightOneGoesIn(FxRobot robot) throws Exception {
        start();

        waitUntil(() -> showing(robot, "#loginDialog"));
        assertThat(text(robot, "#startStep")).isEqualTo("Menunggu login\u2026");
        tryLogin(robot, "sari", "salah-sekali");
        assertThat(text(robot, "#loginMessage")).isEqualTo("Nama login atau kata sandi salah.");
        assertThat(robot.lookup("#loginPassword").queryTextInputControl().getText()).isEmpty();
        tryLogin(robot, "tidak-ada", PASSWORD);
        assertThat(text(robot, "#loginMessage")).isEqualTo("Nama login atau kata sandi salah.");
        Snapshots.save(robot.lookup("#loginDialog").query().getScene(), "login-wrong-password");
        assertThat(showing(robot, "#mainWindow")).isFalse();

        tryLogin(robot, "SARI", PASSWORD);

        waitUntil(() -> showing(robot, "#mainWindow"));
        assertThat(text(robot, "#signedInUser")).isEqualTo("Sari Sekretaris (Sekretaris)");
        assertThat(sequence.context().access().signedIn().actor().role()).isEqualTo(Role.SECRETARY);
        // A secretary's navigation has no users screen.
        assertThat(robot.lookup("#navigation").queryListView().getItems())
                .extracting(item -> ((id.jalin.kernel.ui.Feature) item).id()).doesNotContain("users");
    }

    @Test
    void memberStaffLogInAndFindTheCoordinatorsScreensAndSettingsRefused(FxRobot robot) throws Exception {
        try (Database database = Database.open(ConnectionSettings.embedded(folder.resolve("jalin")))) {
            FeatureServices services = FeatureServices.over(database.dsl(), TestApp.CLOCK, TestActors.AS_COORDINATOR);
            long unpad = ((id.jalin.kernel.validation.SaveResult.Saved<id.jalin.member.domain.Member>) services
                    .members().save(id.jalin.member.domain.Member.of(id.jalin.member.domain.Libraries.library(
                            "UNPAD", "Perpustakaan Universitas Padjadjaran")))).value().library().id();
            services.users().create(new UserDraft("rina", "Rina Unpad", Role.MEMBER_STAFF, unpad),
                    PASSWORD.toCharArray(), PASSWORD.toCharArray());
        }
        start();
        waitUntil(() -> showing(robot, "#loginDialog"));

        tryLogin(robot, "rina", PASSWORD);

        waitUntil(() -> showing(robot, "#mainWindow"));
        assertThat(text(robot, "#signedInUser")).isEqualTo("Rina Unpad (Staf perpustakaan anggota)");
        assertThat(robot.lookup("#navigation").queryListView().getItems())
                .extracting(item -> ((id.jalin.kernel.ui.Feature) item).id())
                .contains("members", "agreements", "crossService").doesNotContain("users", "audit");
        javafx.scene.control.MenuBar bar = robot.lookup("#menuBar").queryAs(javafx.scene.control.MenuBar.class);
        assertThat(bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> List.of("forumProfileMenuItem", "forumSettingsMenuItem", "dataCareMenuItem")
                        .contains(String.valueOf(i.getId()))))
                .hasSize(3).allMatch(javafx.scene.control.MenuItem::isDisable);
        // and the services refuse what no screen offers
        var context = sequence.context();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> context.forumSettings().save(
                        context.forumSettings().settings()))
                .isInstanceOf(id.jalin.kernel.access.NotPermittedException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> context.access().users().users())
                .isInstanceOf(id.jalin.kernel.access.NotPermittedException.class);
    }

    @Test
    void theFifthWrongPasswordLocksTheLoginAndSaysUntilWhen(FxRobot robot) throws Exception {
        start();
        waitUntil(() -> showing(robot, "#loginDialog"));

        for (int attempt = 1; attempt <= 4; attempt++) {
            tryLogin(robot, "sari", "salah-" + attempt);
            assertThat(text(robot, "#loginMessage")).isEqualTo("Nama login atau kata sandi salah.");
        }
        tryLogin(robot, "sari", "salah-5");

        String until = messages.dateTime(LocalDateTime.of(2026, 11, 24, 9, 15));
        assertThat(text(robot, "#loginMessage")).startsWith("Terlalu banyak kata sandi salah")
                .contains("dikunci sampai " + until);
        Snapshots.save(robot.lookup("#loginDialog").query().getScene(), "login-locked");
        tryLogin(robot, "sari", PASSWORD);
        assertThat(text(robot, "#loginMessage")).contains("dikunci sampai " + until);
        assertThat(showing(robot, "#mainWindow")).isFalse();
    }

    @Test
    void noLoginOnThisWorkstationGoesStraightInAsThatUser(FxRobot robot) throws Exception {
        settings.put(Setting.AUTO_SIGN_IN, databaseId + " sari");

        start();

        waitUntil(() -> showing(robot, "#mainWindow"));
        assertThat(showing(robot, "#loginDialog")).isFalse();
        assertThat(text(robot, "#signedInUser")).isEqualTo("Sari Sekretaris (Sekretaris)");
    }

    @Test
    void noLoginChosenForAnotherDatabaseDoesNotApplyHere(FxRobot robot) throws Exception {
        settings.put(Setting.AUTO_SIGN_IN, "another-database sari");

        start();

        waitUntil(() -> showing(robot, "#loginDialog"));
        assertThat(showing(robot, "#mainWindow")).isFalse();
    }

}
