package id.jalin.forum.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.app.TestApp;
import id.jalin.forum.domain.ForumSettings;
import id.jalin.kernel.i18n.Language;
import id.jalin.kernel.money.Money;
import id.jalin.kernel.ui.Snapshots;
import java.time.MonthDay;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
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

/** File, Forum settings: the coordinator changes the card fee and year end for every desk, in the real window. */
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
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        MenuItem item = bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> "forumSettingsMenuItem".equals(i.getId())).findFirst().orElseThrow();
        robot.interact(item::fire);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#forumSettingsDialog").tryQuery().isPresent());
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
}
