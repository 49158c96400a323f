package id.jalin.forum.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.app.MenuItems;
import id.jalin.app.TestApp;
import id.jalin.forum.domain.ForumProfile;
import id.jalin.forum.domain.ForumSettings;
import id.jalin.kernel.i18n.Language;
import id.jalin.kernel.money.Money;
import id.jalin.kernel.ui.Snapshots;
import java.time.MonthDay;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
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
 * File, Forum settings and File, Forum profile in the real window: the coordinator changes the card fee and year end
 * for every desk, and names who signs the forum's certificates.
 */
@ExtendWith(ApplicationExtension.class)
class ForumSettingsFxTest {
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

    private void openForumSettings(FxRobot robot, Language language) throws Exception {
        robot.interact(() -> app.show(stage, language));
        MenuItems.open(robot, "forumSettingsMenuItem", "forumSettingsDialog");
    }

    private void openProfile(FxRobot robot, Language language) throws Exception {
        robot.interact(() -> app.show(stage, language));
        MenuItems.open(robot, "forumProfileMenuItem", "forumProfileDialog");
    }

    /** The profile dialog is taller than the headless screen, so its lower fields are filled as a paste would. */
    private static void type(FxRobot robot, String field, String text) {
        TextField input = robot.lookup(field).queryAs(TextField.class);
        robot.interact(() -> {
            input.requestFocus();
            input.setText(text);
        });
    }

    @Test
    void theCoordinatorsNewFeeAndYearEndAreStoredForEveryDesk(FxRobot robot) throws Exception {
        openForumSettings(robot, Language.INDONESIAN);
        Snapshots.save(robot.lookup("#forumSettingsDialog").query().getScene(), "forum-settings-id");

        robot.doubleClickOn("#cardFeeField").eraseText(12).write("30.000");
        robot.doubleClickOn("#yearEndField").eraseText(8).write("30/06");
        robot.clickOn("#saveForumSettings");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#forumSettingsDialog").tryQuery().isEmpty());
        assertThat(app.context.forumSettings().settings())
                .isEqualTo(new ForumSettings(1, Money.of(30_000), MonthDay.of(6, 30)));
        assertThat(app.unhandledFailures).isEmpty();
    }

    @Test
    void aDayThatDoesNotExistIsSaidInTheDialogWhichStaysOpen(FxRobot robot) throws Exception {
        openForumSettings(robot, Language.ENGLISH);

        robot.doubleClickOn("#yearEndField").eraseText(8).write("31/02");
        robot.clickOn("#saveForumSettings");

        assertThat(robot.lookup("#forumSettingsError").queryAs(Label.class).getText())
                .isEqualTo("Write the date as day/month, for example 31/08.");
        Snapshots.save(robot.lookup("#forumSettingsDialog").query().getScene(), "forum-settings-en-error");
        assertThat(app.context.forumSettings().settings()).isEqualTo(ForumSettings.defaults());
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

        // the refused typing is not thrown away without asking
        id.jalin.kernel.ui.DialogAnswers.cancelAndDiscard(robot, "#forumProfileDialog");
        assertThat(app.context.forum().profile().signatoryPosition()).isEmpty();
    }
}
