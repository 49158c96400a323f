package id.jalin.forum.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.app.TestApp;
import id.jalin.forum.domain.ForumProfile;
import id.jalin.kernel.i18n.Language;
import id.jalin.kernel.ui.Snapshots;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File, Forum profile: the secretary names who signs the forum's certificates, in the real window. */
@ExtendWith(ApplicationExtension.class)
class ForumProfileFxTest {
    private TestApp app;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = new TestApp();
    }

    @AfterEach
    void close() {
        app.close();
    }

    private void openProfile(FxRobot robot, Language language) throws Exception {
        robot.interact(() -> app.show(stage, language));
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        MenuItem item = bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> "forumProfileMenuItem".equals(i.getId())).findFirst().orElseThrow();
        robot.interact(item::fire);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#forumProfileDialog").tryQuery().isPresent());
    }

    /** The dialog is taller than the headless screen, so its lower fields are filled as a paste would. */
    private static void type(FxRobot robot, String field, String text) {
        TextField input = robot.lookup(field).queryAs(TextField.class);
        robot.interact(() -> {
            input.requestFocus();
            input.setText(text);
        });
    }

    @Test
    void theSignatoryTypedInTheProfileIsStored(FxRobot robot) throws Exception {
        openProfile(robot, Language.INDONESIAN);
        Snapshots.save(robot.lookup("#forumProfileDialog").query().getScene(), "forum-profile-id");

        type(robot, "#forumSignatoryName", "Dr. Siti Rahmawati, M.Hum.");
        type(robot, "#forumSignatoryPosition", "Ketua");
        robot.clickOn("#saveForumProfile");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#forumProfileDialog").tryQuery().isEmpty());
        ForumProfile stored = app.context.forum().profile();
        assertThat(stored.signatoryName()).isEqualTo("Dr. Siti Rahmawati, M.Hum.");
        assertThat(stored.signatoryPosition()).isEqualTo("Ketua");
        assertThat(app.unhandledFailures).isEmpty();
    }

    @Test
    void aPositionWithoutANameIsSaidNextToTheFieldAndNothingIsStored(FxRobot robot) throws Exception {
        openProfile(robot, Language.ENGLISH);

        type(robot, "#forumSignatoryPosition", "Chair");
        robot.clickOn("#saveForumProfile");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "Fill in who signs in this position."
                .equals(robot.lookup("#signatoryNameError").queryAs(Label.class).getText()));
        Snapshots.save(robot.lookup("#forumProfileDialog").query().getScene(), "forum-profile-en-error");
        assertThat(app.context.forum().profile().signatoryPosition()).isEmpty();
    }
}
