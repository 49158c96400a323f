package id.jalin.transfer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.app.MenuItems;
import id.jalin.app.TestApp;
import id.jalin.kernel.db.transfer.TableCheck;
import id.jalin.kernel.i18n.Language;
import id.jalin.kernel.ui.Snapshots;
import id.jalin.member.domain.DemoForum;
import id.jalin.kernel.task.Progress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
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

/** File, Data &amp; backups in the real window: back up now, then restore that backup, each ending in the report. */
@ExtendWith(ApplicationExtension.class)
class DataCareFxTest {
    private TestApp app;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = new TestApp();
        DemoForum.loadInto(app.context.members(), Progress.NONE);
    }

    @AfterEach
    void close() {
        app.close();
    }

    private void openDataCare(FxRobot robot, Language language) throws Exception {
        robot.interact(() -> app.show(stage, language));
        MenuItems.open(robot, "dataCareMenuItem", "dataCareDialog");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#latestBackup").queryAs(Label.class)
                .getText().isEmpty());
    }

    private List<Path> backups() throws Exception {
        if (!Files.isDirectory(app.backups)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(app.backups)) {
            return files.toList();
        }
    }

    @Test
    void backUpNowWritesTheFileAndShowsTheReport(FxRobot robot) throws Exception {
        openDataCare(robot, Language.INDONESIAN);
        assertThat(robot.lookup("#latestBackup").queryAs(Label.class).getText()).isEqualTo("Belum ada cadangan.");
        Snapshots.save(robot.lookup("#dataCareDialog").query().getScene(), "data-care-id");

        robot.clickOn("#backupNowButton");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#transferReport").tryQuery().isPresent());

        assertThat(backups()).singleElement().satisfies(file ->
                assertThat(file.getFileName().toString()).isEqualTo("jalin-backup-2026-11-24-0900.zip"));
        String summary = robot.lookup("#transferSummary").queryAs(Label.class).getText();
        assertThat(summary).contains("jalin-backup-2026-11-24-0900.zip").contains("cocok");
        TableView<TableCheck> table = robot.lookup("#transferTable").queryTableView();
        assertThat(table.getItems()).extracting(TableCheck::table).contains("library", "staff", "card");
        assertThat(table.getItems()).allMatch(TableCheck::matches);
        assertThat(table.getItems()).filteredOn(c -> c.table().equals("library")).singleElement()
                .extracting(TableCheck::actualRows).isEqualTo(20L);
        Snapshots.save(robot.lookup("#transferReport").query().getScene(), "data-care-report-id");
        closeReport(robot);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#latestBackup").queryAs(Label.class)
                .getText().contains("jalin-backup-2026-11-24-0900.zip"));
        assertThat(app.unhandledFailures).isEmpty();
    }

    @Test
    void restoreAsksFirstBacksUpAndBringsTheBackupBack(FxRobot robot) throws Exception {
        openDataCare(robot, Language.ENGLISH);
        Snapshots.save(robot.lookup("#dataCareDialog").query().getScene(), "data-care-en");
        robot.clickOn("#backupNowButton");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#transferReport").tryQuery().isPresent());
        Path backup = backups().get(0);
        closeReport(robot);
        app.context.members().delete(app.context.members().libraries().get(0));
        assertThat(app.context.members().libraries()).hasSize(19);

        app.files.answer(backup);
        robot.clickOn("#restoreButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#dialogText").tryQuery().isPresent());
        assertThat(robot.lookup("#dialogText").queryAs(Label.class).getText()).contains(backup.getFileName().toString())
                .contains("ALL data");
        Snapshots.save(robot.lookup("#dialogText").query().getScene(), "data-care-restore-confirm-en");
        robot.clickOn("Restore");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#transferReport").tryQuery().isPresent());

        assertThat(robot.lookup("#transferSummary").queryAs(Label.class).getText()).contains("restored from")
                .contains("every table");
        assertThat(app.context.members().libraries()).hasSize(20);
        assertThat(backups()).as("the state before the restore was backed up first").hasSize(2);
        Snapshots.save(robot.lookup("#transferReport").query().getScene(), "data-care-restored-en");
        closeReport(robot);
        assertThat(app.unhandledFailures).isEmpty();
    }

    private static void closeReport(FxRobot robot) throws Exception {
        DialogPane pane = robot.lookup("#transferReport").queryAs(DialogPane.class);
        robot.interact(() -> {
            for (ButtonType type : pane.getButtonTypes()) {
                if (type.getButtonData() == ButtonBar.ButtonData.OK_DONE) {
                    ((Button) pane.lookupButton(type)).fire();
                }
            }
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#transferReport").tryQuery().isEmpty());
    }
}
