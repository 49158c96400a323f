package id.jalin.app;

import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.agreement.domain.Agreement;
import id.jalin.agreement.domain.Agreements;
import id.jalin.agreement.domain.Party;
import id.jalin.agreement.ui.AgreementFeature;
import id.jalin.kernel.access.NotPermittedException;
import id.jalin.kernel.access.TestActors;
import id.jalin.kernel.i18n.Language;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.ui.FailureExplainer;
import id.jalin.kernel.validation.SaveResult;
import id.jalin.member.domain.Libraries;
import id.jalin.member.domain.Library;
import id.jalin.member.domain.Member;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window as a member library's staff: their own entry in the register is editable, another library's is
 * only shown, agreements are read but not changed, the forum profile is not offered, and a save the service refuses
 * is explained in words with the typing kept.
 */
@ExtendWith(ApplicationExtension.class)
class RolesInTheWindowFxTest {
    private TestApp app;
    private Stage stage;
    private Library own;
    private Library other;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = new TestApp();
        // The forum is set up by its coordinator; the window is then shown to the staff of one member library.
        own = saved(app.context.members().save(Member.of(Libraries.library("UNPAD", "Perpustakaan Unpad")))).library();
        other = saved(app.context.members().save(Member.of(Libraries.library("ITB", "Perpustakaan ITB")))).library();
        saved(app.context.agreements().save(Agreements.withParties(
                Agreements.pks(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31)),
                List.of(Party.member(own.id(), own.name(), "Dr. Siti", "Kepala", "Jatinangor"),
                        Party.member(other.id(), other.name(), "Ir. Bambang", "Kepala", "Bandung")))));
        app.signInAs(TestActors.staffOf(own.id()));
        app.show(stage, Language.INDONESIAN);
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void memberStaffEditOnlyTheirOwnEntryAndChangeNothingOfTheRegisterItself(FxRobot robot) throws Exception {
        app.open("members");
        for (String change : List.of("#addButton", "#deleteButton", "#importButton")) {
            assertThat(shown(robot, change)).as(change).isFalse();
        }

        select(robot, "#memberTable", other.name());
        waitUntil(() -> field(robot, "#nameField").getText().equals(other.name()));
        assertThat(field(robot, "#nameField").isEditable()).isFalse();
        assertThat(shown(robot, "#memberForm #saveButton")).isFalse();

        select(robot, "#memberTable", own.name());
        waitUntil(() -> field(robot, "#nameField").getText().equals(own.name()));
        assertThat(field(robot, "#nameField").isEditable()).isTrue();
        assertThat(shown(robot, "#memberForm #saveButton")).isTrue();
        // The forum's part of their entry (code, standing, dues) is shown but theirs to read only.
        assertThat(field(robot, "#codeField").isEditable()).isFalse();
        assertThat(robot.lookup("#statusChoice").query().isDisabled()).isTrue();
    }

    @Test
    void aSaveTheServiceRefusesIsExplainedAndTheTypingKept(FxRobot robot) throws Exception {
        app.open("members");
        select(robot, "#memberTable", own.name());
        waitUntil(() -> field(robot, "#nameField").getText().equals(own.name()));
        robot.interact(() -> field(robot, "#nameField").setText("Perpustakaan Unpad Jatinangor"));
        // Meanwhile the coordinator made this login read-only: the form still offers Save, the service refuses.
        app.signInAs(TestActors.READ_ONLY);
        robot.clickOn("#memberForm #saveButton");

        waitUntil(() -> !app.unhandledFailures.isEmpty());
        Throwable refused = app.unhandledFailures.get(0);
        assertThat(refused).isInstanceOf(NotPermittedException.class);
        Messages messages = new Messages(Language.INDONESIAN);
        assertThat(new FailureExplainer(messages).reason(refused))
                .isEqualTo(messages.get("failure.reason.not_permitted"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(field(robot, "#nameField").getText()).isEqualTo("Perpustakaan Unpad Jatinangor");
        assertThat(app.context.members().member(own.id()).orElseThrow().library().name()).isEqualTo(own.name());
    }

    @Test
    void agreementsAreReadButNeitherCreatedNorEdited(FxRobot robot) throws Exception {
        app.open(AgreementFeature.ID);
        assertThat(shown(robot, "#newAgreementButton")).isFalse();
        TableView<?> table = robot.lookup("#agreementTable").queryTableView();
        waitUntil(() -> table.getItems().size() == 1);
        robot.interact(() -> table.getSelectionModel().select(0));
        waitUntil(() -> !field(robot, "#numberField").getText().isEmpty());

        assertThat(field(robot, "#numberField").isEditable()).isFalse();
        for (String change : List.of("#saveAgreementButton", "#renewAgreementButton", "#terminateAgreementButton",
                "#addPartyButton")) {
            assertThat(shown(robot, change)).as(change).isFalse();
        }
        assertThat(shown(robot, "#printAgreementButton")).isTrue();
    }

    @Test
    void aReadOnlyLoginIsOfferedNoChangeAnywhere(FxRobot robot) throws Exception {
        app.signInAs(TestActors.READ_ONLY);
        app.open("members");
        select(robot, "#memberTable", own.name());
        waitUntil(() -> field(robot, "#nameField").getText().equals(own.name()));
        assertThat(field(robot, "#nameField").isEditable()).isFalse();
        assertThat(shown(robot, "#memberForm #saveButton")).isFalse();
        for (String change : List.of("#addButton", "#deleteButton", "#importButton")) {
            assertThat(shown(robot, change)).as(change).isFalse();
        }
        app.open("crossService");
        for (String change : List.of("#addHolderButton", "#importHoldersButton", "#importPhotosButton",
                "#announceButton", "#withdrawButton")) {
            assertThat(shown(robot, change)).as(change).isFalse();
        }
    }

    @Test
    void theForumProfileIsNotOfferedAndItsServiceRefuses(FxRobot robot) {
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        MenuItem forum = bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(item -> "forumProfileMenuItem".equals(item.getId())).findFirst().orElseThrow();
        assertThat(forum.isDisable()).isTrue();
        var profile = app.context.forum().profile();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> app.context.forum().save(profile.named(
                "Forum Lain", "FL", "Bandung"))).isInstanceOf(NotPermittedException.class);
        assertThat(app.context.forum().profile().name()).isEqualTo(TestApp.FORUM_NAME);
    }

    /** Whether the node and every container around it are visible: offered on screen. */
    private static boolean shown(FxRobot robot, String query) {
        for (javafx.scene.Node node = robot.lookup(query).query(); node != null; node = node.getParent()) {
            if (!node.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static TextField field(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TextField.class);
    }

    @SuppressWarnings("unchecked")
    private static void select(FxRobot robot, String tableId, String name) throws Exception {
        TableView<Library> table = robot.lookup(tableId).queryTableView();
        waitUntil(() -> table.getItems().stream().anyMatch(l -> l.name().equals(name)));
        robot.interact(() -> table.getItems().stream().filter(l -> l.name().equals(name)).findFirst()
                .ifPresent(l -> table.getSelectionModel().select(l)));
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
    }

    private static <T> T saved(SaveResult<T> result) {
        assertThat(result).isInstanceOf(SaveResult.Saved.class);
        return ((SaveResult.Saved<T>) result).value();
    }
}
