package id.jalin.app;

import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.kernel.db.ConnectionSettings;
import id.jalin.kernel.db.HoldDatabaseOpen;
import id.jalin.kernel.db.TestDatabases;
import id.jalin.kernel.i18n.Language;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.settings.ConnectionPreferences;
import id.jalin.kernel.settings.Settings;
import id.jalin.kernel.ui.Snapshots;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** From launch to the main window, as a coordinator sees it on a new workstation. */
@ExtendWith(ApplicationExtension.class)
class StartupFxTest {
    private final Settings settings = new Settings(Preferences.userRoot().node("jalin-test/" + UUID.randomUUID()));
    private final id.jalin.kernel.settings.InMemoryPasswordVault keyring =
            id.jalin.kernel.settings.InMemoryPasswordVault.keyring();
    private final Messages messages = new Messages(Language.INDONESIAN);
    private final AtomicBoolean quit = new AtomicBoolean();
    private Stage mainStage;
    private StartupSequence sequence;

    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        mainStage = stage;
        javafx.application.Application.setUserAgentStylesheet(
                new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
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

    private void startWith(ConnectionPreferences preferences) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            sequence = new StartupSequence(settings, preferences, messages, new TestApp.ScriptedFileDialogs(),
                    TestApp.CLOCK,
                    context -> JalinApp.showMainWindow(mainStage, context, messages, path -> true), () -> quit.set(true));
            sequence.start();
        }).get();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
    }

    private static boolean showing(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(Node::getScene).map(scene -> scene.getWindow().isShowing())
                .orElse(false);
    }

    /** Showing and laid out, so that a click lands: a dialog opened right after another may take a moment. */
    private static boolean visible(FxRobot robot, String query) {
        return robot.lookup(query).match(org.testfx.util.NodeQueryUtils.isVisible()).tryQuery().isPresent();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    /** A database without users: the person starting Jalin becomes its first coordinator. */
    static void createFirstCoordinator(FxRobot robot) throws Exception {
        waitUntil(() -> showing(robot, "#firstCoordinatorDialog"));
        robot.interact(() -> {
            robot.lookup("#firstDisplayName").queryTextInputControl().setText("Dewi Koordinator");
            robot.lookup("#firstLogin").queryTextInputControl().setText("dewi");
            robot.lookup("#firstPassword").queryTextInputControl().setText("rahasia-forum");
            robot.lookup("#firstRepeat").queryTextInputControl().setText("rahasia-forum");
        });
        robot.interact(() -> robot.lookup("#firstCoordinatorCreate").queryButton().fire());
    }

    @Test
    void firstStartCreatesTheFirstCoordinatorAsksTheForumsNameAndThenShowsTheMainWindow(FxRobot robot)
            throws Exception {
        startWith(new ConnectionPreferences(settings, folder.resolve("data/jalin"), keyring));

        // A database without users: the first coordinator comes before anything else, over the start window.
        waitUntil(() -> showing(robot, "#firstCoordinatorDialog"));
        assertThat(showing(robot, "#startWindow")).isTrue();
        assertThat(text(robot, "#startStep")).isEqualTo("Membuat koordinator pertama\u2026");
        Snapshots.save(robot.lookup("#firstCoordinatorDialog").query().getScene(), "startup-first-coordinator");
        // the dialog's window shows a moment before its fields are laid out and can take a click
        waitUntil(() -> robot.lookup("#firstDisplayName").match(org.testfx.util.NodeQueryUtils.isVisible())
                .tryQuery().isPresent());
        robot.clickOn("#firstDisplayName").write("Dewi Koordinator");
        robot.clickOn("#firstLogin").write("dewi");
        robot.clickOn("#firstPassword").write("pendek");
        robot.clickOn("#firstRepeat").write("pendek");
        robot.clickOn("#firstCoordinatorCreate");
        waitUntil(() -> !text(robot, "#passwordError").isEmpty());
        assertThat(text(robot, "#passwordError")).isEqualTo("Kata sandi minimal 8 karakter.");
        assertThat(showing(robot, "#demoOffer")).isFalse();
        robot.clickOn("#firstPassword").write("rahasia-forum");
        robot.clickOn("#firstRepeat").write("rahasia-forum");
        robot.clickOn("#firstCoordinatorCreate");

        // An empty database: the demo data are offered to the new coordinator over the start window.
        waitUntil(() -> showing(robot, "#demoOffer"));
        assertThat(showing(robot, "#startWindow")).isTrue();
        var signedIn = sequence.context().access().signedIn().current().orElseThrow();
        assertThat(signedIn.loginName()).isEqualTo("dewi");
        assertThat(signedIn.role()).isEqualTo(id.jalin.kernel.access.Role.COORDINATOR);
        assertThat(showing(robot, "#mainWindow")).isFalse();
        robot.interact(() -> robot.lookup("#demoSkip").queryButton().fire());

        waitUntil(() -> showing(robot, "#forumNameDialog") && visible(robot, "#saveForumName"));
        Snapshots.save(robot.lookup("#forumNameDialog").query().getScene(), "startup-forum-name");
        robot.clickOn("#saveForumName");
        waitUntil(() -> !text(robot, "#nameError").isEmpty());
        assertThat(text(robot, "#nameError")).isEqualTo("Isi nama forum.");
        assertThat(showing(robot, "#mainWindow")).isFalse();

        robot.clickOn("#firstForumName").write("Forum Perpustakaan Kampus Priangan");
        robot.clickOn("#firstForumCode").write("fpkp");
        robot.clickOn("#saveForumName");

        // The main window replaces the start window, and says who is working.
        waitUntil(() -> showing(robot, "#mainWindow") && !showing(robot, "#startWindow"));
        assertThat(quit).isFalse();
        assertThat(text(robot, "#signedInUser")).isEqualTo("Dewi Koordinator (Koordinator)");
        var profile = sequence.context().forum().profile();
        assertThat(profile.name()).isEqualTo("Forum Perpustakaan Kampus Priangan");
        assertThat(profile.code()).isEqualTo("FPKP");
    }

    @Test
    void databaseAlreadyOpenInAnotherJalinIsSaidInWordsAndNoMainWindowOpens(FxRobot robot) throws Exception {
        Path file = folder.resolve("jalin");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process other = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                HoldDatabaseOpen.class.getName(), file.toString()).redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = out.readLine()) != null && !line.contains("READY")) {
                // wait until the other Jalin holds the file
            }
            assertThat(line).as("the other process opened the file").isNotNull();

            startWith(new ConnectionPreferences(settings, file, keyring));

            waitUntil(() -> showing(robot, "#dialogText"));
            String expected = messages.get("startup.error.in_use_by_another_jalin", file.toString(), "");
            assertThat(text(robot, "#dialogText")).isEqualTo(expected)
                    .startsWith("Basis data lokal (" + file + ") sedang dibuka oleh Jalin lain");
            assertThat(text(robot, "#startStep")).isEqualTo(expected);
            Snapshots.save(robot.lookup("#startWindow").query().getScene(), "startup-in-use");
            robot.clickOn(robot.lookup(".dialog-pane .button").queryAs(Button.class));

            waitUntil(quit::get);
            assertThat(showing(robot, "#mainWindow")).isFalse();
            assertThat(showing(robot, "#startWindow")).isFalse();
        } finally {
            other.destroyForcibly().waitFor();
        }
    }

    @Test
    void unreachableServerIsSaidInWordsWithAChoiceAndQuitEndsTheStart(FxRobot robot) throws Exception {
        // Port 1 on loopback: nothing listens there, so the connection is refused at once.
        ConnectionSettings nowhere = ConnectionSettings.postgres("127.0.0.1", 1, "jalin", "jalin", "rahasia");
        ConnectionPreferences preferences = new ConnectionPreferences(settings, folder.resolve("jalin"), keyring);
        preferences.save(nowhere, true);
        startWith(preferences);

        waitUntil(() -> showing(robot, "#dialogText"));
        assertThat(text(robot, "#dialogText")).startsWith("Server " + nowhere + " tidak dapat dihubungi");
        assertThat(text(robot, "#startStep")).isEqualTo(text(robot, "#dialogText"));
        Button quitButton = robot.lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                .filter(button -> button.getText().equals("Keluar")).findFirst().orElseThrow();
        robot.interact(quitButton::fire);

        waitUntil(quit::get);
        assertThat(showing(robot, "#mainWindow")).isFalse();
    }

    @Test
    void demoDataOnASharedServerNameTheServerAndWaitForAnExplicitYes(FxRobot robot) throws Exception {
        ConnectionSettings server = TestDatabases.newPostgresSettings();
        ConnectionPreferences preferences = new ConnectionPreferences(settings, folder.resolve("jalin"), keyring);
        preferences.save(server, true);
        startWith(preferences);

        createFirstCoordinator(robot);
        waitUntil(() -> showing(robot, "#demoOffer"));
        String named = server.host() + ":" + server.port() + "/" + server.database();
        assertThat(text(robot, "#demoSharedWarning")).contains(named);
        Button load = robot.lookup("#demoLoad").queryButton();
        assertThat(load.isDisabled()).isTrue();
        Snapshots.save(robot.lookup("#demoOffer").query().getScene(), "startup-demo-shared");

        robot.interact(() -> robot.lookup("#demoSharedConfirm").queryAs(javafx.scene.control.CheckBox.class).fire());
        assertThat(load.isDisabled()).isFalse();
        robot.interact(() -> robot.lookup("#demoLoad").queryButton().fire());

        // The demo forum brings its own profile, so no name is asked and the main window follows the load.
        waitUntil(() -> showing(robot, "#mainWindow"));
        assertThat(sequence.context().members().libraries()).hasSize(20);
        assertThat(sequence.context().forum().profile().name())
                .isEqualTo(id.jalin.forum.domain.DemoForumProfile.NAME);
    }

    @Test
    void aPlainTextPasswordFromAnOlderVersionIsDeletedWithoutAKeyringAndAskedWithAWordWhy(FxRobot robot)
            throws Exception {
        ConnectionSettings server = TestDatabases.newPostgresSettings();
        ConnectionPreferences preferences = new ConnectionPreferences(settings, folder.resolve("jalin"),
                id.jalin.kernel.settings.InMemoryPasswordVault.none());
        preferences.save(server, false);
        // What an older version left: "remember" ticked and the password in plain text.
        settings.putBoolean(id.jalin.kernel.settings.Setting.PG_REMEMBER_PASSWORD, true);
        settings.put(id.jalin.kernel.settings.Setting.OLD_PG_PASSWORD, "kata-sandi-lama");
        startWith(preferences);

        waitUntil(() -> showing(robot, "#startupPassword"));
        assertThat(text(robot, "#oldPasswordDeletedNote")).startsWith("Versi Jalin sebelumnya menyimpan kata sandi");
        Snapshots.save(robot.lookup("#startupPassword").query().getScene(), "startup-old-password-deleted");
        assertThat(settings.get(id.jalin.kernel.settings.Setting.OLD_PG_PASSWORD)).isEmpty();
        // showing is not yet laid out: the click would find the field without a place on the screen
        waitUntil(() -> visible(robot, "#startupPassword"));
        robot.clickOn("#startupPassword").write(server.password());
        robot.interact(() -> robot.lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                .filter(Button::isDefaultButton).findFirst().orElseThrow().fire());

        // the server's database is new: its first coordinator comes next, so the password was taken
        waitUntil(() -> showing(robot, "#firstCoordinatorDialog"));
        assertThat(preferences.rememberPassword()).isFalse();
    }
}
