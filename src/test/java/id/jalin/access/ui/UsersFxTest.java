package id.jalin.access.ui;

import static id.jalin.kernel.db.generated.Tables.LIBRARY;
import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.access.domain.User;
import id.jalin.app.TestApp;
import id.jalin.kernel.access.Role;
import id.jalin.kernel.access.TestActors;
import id.jalin.kernel.i18n.Language;
import id.jalin.kernel.ui.Feature;
import id.jalin.kernel.ui.Snapshots;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The coordinator's users screen, and logging out / switching user in the running window. */
@ExtendWith(ApplicationExtension.class)
class UsersFxTest {
    private TestApp app;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = new TestApp();
        app.database.dsl().insertInto(LIBRARY).set(LIBRARY.ID, 700L).set(LIBRARY.CODE, "UNPAD")
                .set(LIBRARY.NAME, "Perpustakaan Universitas Padjadjaran").set(LIBRARY.KIND, "UNIVERSITY")
                .set(LIBRARY.STATUS, "ACTIVE").execute();
        app.show(stage, Language.INDONESIAN);
    }

    @AfterEach
    void close() {
        app.close();
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

    private List<String> navigation(FxRobot robot) {
        return robot.lookup("#navigation").queryListView().getItems().stream()
                .map(item -> ((Feature) item).id()).toList();
    }

    @Test
    void theCoordinatorAddsMemberStaffForTheirLibrary(FxRobot robot) throws Exception {
        assertThat(navigation(robot)).contains(UsersFeature.ID);
        app.open(UsersFeature.ID);
        TableView<User> table = robot.lookup("#usersTable").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 1);

        robot.clickOn("#addUser");
        waitUntil(() -> showing(robot, "#userForm"));
        robot.clickOn("#userLogin").write("rina.unpad");
        robot.clickOn("#userDisplayName").write("Rina Lestari");
        ComboBox<Role> role = robot.lookup("#userRole").queryComboBox();
        robot.interact(() -> role.setValue(Role.MEMBER_STAFF));
        robot.clickOn("#userPassword").write("sandi-rina-1");
        robot.clickOn("#userRepeat").write("sandi-rina-1");
        robot.clickOn("#userFormSave");
        // No library yet: the form stays open and says so next to the field.
        waitUntil(() -> !text(robot, "#libraryError").isEmpty());
        assertThat(text(robot, "#libraryError")).isEqualTo("Staf perpustakaan anggota memerlukan perpustakaannya.");
        ComboBox<?> library = robot.lookup("#userLibrary").queryComboBox();
        robot.interact(() -> library.getSelectionModel().select(0));
        robot.clickOn("#userPassword").write("sandi-rina-1");
        robot.clickOn("#userRepeat").write("sandi-rina-1");
        Snapshots.save(robot.lookup("#userForm").query().getScene(), "users-add-member-staff");
        robot.clickOn("#userFormSave");

        waitUntil(() -> !showing(robot, "#userForm") && table.getItems().size() == 2);
        User rina = table.getItems().stream().filter(u -> u.loginName().equals("rina.unpad")).findFirst()
                .orElseThrow();
        assertThat(rina.role()).isEqualTo(Role.MEMBER_STAFF);
        assertThat(rina.memberLibraryId()).isEqualTo(700L);
        assertThat(rina.toActor().displayName()).isEqualTo("Rina Lestari");
        Snapshots.save(robot.lookup("#usersView").query().getScene(), "users-list");
        assertThat(app.unhandledFailures).isEmpty();
    }

    @Test
    void theLastCoordinatorCannotDisableThemselves(FxRobot robot) throws Exception {
        app.open(UsersFeature.ID);
        TableView<User> table = robot.lookup("#usersTable").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 1);
        robot.interact(() -> table.getSelectionModel().select(0));

        robot.clickOn("#toggleUserActive");
        waitUntil(() -> robot.lookup(".dialog-pane .button").tryQuery().isPresent());
        javafx.scene.control.Button confirm = robot.lookup(".dialog-pane .button")
                .queryAllAs(javafx.scene.control.Button.class).stream()
                .filter(button -> button.getText().equals("Nonaktifkan")).findFirst().orElseThrow();
        robot.interact(confirm::fire);
        // The last-coordinator refusal comes in an error box.
        waitUntil(() -> robot.lookup("#dialogText").tryQuery()
                .map(n -> ((Label) n).getText().startsWith("Ini koordinator aktif terakhir")).orElse(false));
        assertThat(app.context.access().users().users().get(0).active()).isTrue();
    }

    @Test
    void theCoordinatorTurnsNoLoginOnForTheSelectedUserAndOffAgain(FxRobot robot) throws Exception {
        app.open(UsersFeature.ID);
        TableView<User> table = robot.lookup("#usersTable").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 1);
        waitUntil(() -> !text(robot, "#autoSignInStatus").isEmpty());
        assertThat(text(robot, "#autoSignInStatus")).isEqualTo("Semua orang login di komputer ini.");
        assertThat(robot.lookup("#autoSignInOff").queryButton().isDisabled()).isTrue();
        robot.interact(() -> table.getSelectionModel().select(0));

        robot.clickOn("#autoSignInOn");

        waitUntil(() -> text(robot, "#autoSignInStatus").contains("koordinator"));
        assertThat(text(robot, "#autoSignInStatus")).isEqualTo("Komputer ini dibuka sebagai koordinator tanpa login.");
        assertThat(app.context.access().workstation().login()).contains("koordinator");
        robot.clickOn("#autoSignInOff");
        waitUntil(() -> app.context.access().workstation().login().isEmpty());
        waitUntil(() -> text(robot, "#autoSignInStatus").equals("Semua orang login di komputer ini."));
    }

    @Test
    void logOutReturnsToTheLoginAndTheNextPersonGetsTheirOwnWindow(FxRobot robot) throws Exception {
        app.context.access().users().create(new id.jalin.access.domain.UserDraft("sari", "Sari Sekretaris",
                Role.SECRETARY, null), "sandi-sari-1".toCharArray(), "sandi-sari-1".toCharArray());
        assertThat(text(robot, "#signedInUser")).isEqualTo("Dewi Koordinator (Koordinator)");

        robot.clickOn("#signOutButton");

        waitUntil(() -> showing(robot, "#loginDialog"));
        assertThat(robot.lookup("#signedOut").tryQuery()).isPresent();
        assertThat(app.signedIn.current()).isEmpty();
        Snapshots.save(robot.lookup("#loginDialog").query().getScene(), "login-after-sign-out");
        robot.clickOn("#loginName").write("sari");
        robot.clickOn("#loginPassword").write("sandi-sari-1");
        robot.clickOn("#loginEnter");

        waitUntil(() -> !showing(robot, "#loginDialog") && showing(robot, "#mainWindow"));
        assertThat(text(robot, "#signedInUser")).isEqualTo("Sari Sekretaris (Sekretaris)");
        assertThat(navigation(robot)).doesNotContain(UsersFeature.ID);
        assertThat(app.signedIn.actor().loginName()).isEqualTo("sari");
        assertThat(app.gaveUp).isFalse();
    }

    @Test
    void theWindowCanBeShownToAnotherRole(FxRobot robot) throws Exception {
        robot.interact(() -> {
            stage.close();
            app.close();
        });
        TestApp secretary = TestApp.as(TestActors.SECRETARY);
        try {
            robot.interact(() -> secretary.show(stage, Language.ENGLISH));
            assertThat(text(robot, "#signedInUser")).isEqualTo("Sari Sekretaris (Secretary)");
            assertThat(navigation(robot)).doesNotContain(UsersFeature.ID);
        } finally {
            app = secretary;
        }
    }
}
