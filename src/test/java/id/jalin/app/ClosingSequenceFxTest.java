package id.jalin.app;

import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.kernel.i18n.Language;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.task.Progress;
import id.jalin.transfer.domain.AutomaticBackup;
import id.jalin.transfer.domain.BackupSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** What a secretary sees after closing Jalin's window: the backup on exit and the close, then Jalin ends. */
@ExtendWith(ApplicationExtension.class)
class ClosingSequenceFxTest {
    private Stage mainStage;
    private final CountDownLatch ended = new CountDownLatch(1);
    private final List<String> closed = new CopyOnWriteArrayList<>();
    private TestApp app;

    @Start
    void start(Stage stage) {
        mainStage = stage;
        javafx.application.Application.setUserAgentStylesheet(
                new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
    }

    @AfterEach
    void close() throws Exception {
        if (app != null) {
            app.close();
        }
        WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream().filter(w -> w instanceof Stage)
                .map(w -> (Stage) w).toList().forEach(Stage::close)).get();
    }

    /** A backup that runs until it is skipped, reporting as it goes. */
    private static ClosingWork.ExitBackup slowBackup(AtomicBoolean skipped) {
        return new ClosingWork.ExitBackup() {
            @Override
            public boolean due() {
                return true;
            }

            @Override
            public void take(Progress progress) throws InterruptedException {
                for (int done = 0; done < 600; done++) {
                    progress.update(done, 600);
                    if (progress.isCancelled()) {
                        skipped.set(true);
                    }
                    progress.checkCancelled();
                    Thread.sleep(50);
                }
            }
        };
    }

    private ClosingWork work(ClosingWork.ExitBackup backup) {
        return new ClosingWork(() -> closed.add("workers"), backup, List.of(() -> closed.add("index"),
                () -> closed.add("database")));
    }

    private void closeBehindWindow(ClosingWork work, Language language) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            mainStage.show();
            new ClosingSequence(work, new Messages(language), ended::countDown).start(mainStage);
        }).get();
    }

    private static boolean showing(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(node -> node.getScene().getWindow().isShowing()).orElse(false);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void aLongBackupIsShownWithItsBarAndCanBeSkippedThenJalinEnds(Language language, FxRobot robot) throws Exception {
        AtomicBoolean skipped = new AtomicBoolean();
        Messages words = new Messages(language);
        closeBehindWindow(work(slowBackup(skipped)), language);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> showing(robot, "#startWindow"));
        assertThat(mainStage.isShowing()).as("the main window is gone").isFalse();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> words.get("closing.step.backup")
                .equals(robot.lookup("#startStep").queryAs(Label.class).getText()));
        Button skip = robot.lookup("#startCancel").queryButton();
        assertThat(skip.getText()).isEqualTo(words.get("closing.skip_backup"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#startProgress")
                .queryAs(javafx.scene.control.ProgressBar.class).getProgress() > 0);
        assertThat(closed).as("only the workers stopped while the backup runs").containsExactly("workers");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(WaitForAsyncUtils.asyncFx(() -> ElisionWalkFxTest.cutIn(robot.lookup("#startWindow").queryParent(),
                "closing")).get()).as("the step and the button show their words whole").isEmpty();
        id.jalin.kernel.ui.Snapshots.save(skip.getScene(), "closing-backup-" + language.name().toLowerCase());

        robot.interact(skip::fire);

        assertThat(ended.await(10, TimeUnit.SECONDS)).as("Jalin ended").isTrue();
        assertThat(skipped).isTrue();
        assertThat(closed).containsExactly("workers", "index", "database");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(showing(robot, "#startWindow")).isFalse();
    }

    @Test
    void aQuickCloseShowsNoWindowAtAll(FxRobot robot) throws Exception {
        AtomicInteger windowsSeen = new AtomicInteger();
        WaitForAsyncUtils.asyncFx(() -> Window.getWindows().addListener(
                (javafx.collections.ListChangeListener<Window>) change -> {
                    while (change.next()) {
                        change.getAddedSubList().stream().filter(window -> window != mainStage)
                                .forEach(window -> windowsSeen.incrementAndGet());
                    }
                })).get();
        ClosingWork.ExitBackup notDue = new ClosingWork.ExitBackup() {
            @Override
            public boolean due() {
                return false;
            }

            @Override
            public void take(Progress progress) {
                throw new AssertionError("not due");
            }
        };
        closeBehindWindow(work(notDue), Language.INDONESIAN);

        assertThat(ended.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(closed).containsExactly("workers", "index", "database");
        WaitForAsyncUtils.sleep((long) ClosingSequence.SHOW_AFTER.toMillis() + 200, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(windowsSeen).as("no window flashed up").hasValue(0);
    }

    @Test
    void aFailedBackupIsSaidInWordsAndJalinStillClosesEverything(FxRobot robot) throws Exception {
        Messages words = new Messages(Language.ENGLISH);
        ClosingWork.ExitBackup failing = new ClosingWork.ExitBackup() {
            @Override
            public boolean due() {
                return true;
            }

            @Override
            public void take(Progress progress) throws IOException {
                throw new java.nio.file.AccessDeniedException("/backups/jalin-backup.zip");
            }
        };
        closeBehindWindow(work(failing), Language.ENGLISH);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(dialog.getHeaderText()).isEqualTo(words.get("failure.title", words.get("closing.backup_title")));
        assertThat(robot.from(dialog).lookup("#dialogText").queryAs(Label.class).getText())
                .endsWith(words.get("closing.backup_failed_kept"))
                .doesNotContain("AccessDeniedException");
        assertThat(closed).as("closed before the user is told").containsExactly("workers", "index", "database");
        assertThat(ended.getCount()).as("Jalin waits for the user to read it").isEqualTo(1);

        robot.interact(() -> ((Button) dialog.lookupButton(dialog.getButtonTypes().get(0))).fire());

        assertThat(ended.await(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void closingTheMainWindowTakesTheBackupOnExitAndClosesTheDatabase(FxRobot robot) throws Exception {
        app = new TestApp();
        new BackupSettings(app.context.settings()).save(AutomaticBackup.ON_EXIT, 10);
        robot.interact(() -> {
            app.show(mainStage, Language.INDONESIAN);
            app.window.setOnQuit(() -> new ClosingSequence(ClosingWork.of(app.context), app.window.messages(),
                    ended::countDown).start(mainStage));
        });

        robot.interact(() -> mainStage.fireEvent(new WindowEvent(mainStage, WindowEvent.WINDOW_CLOSE_REQUEST)));

        assertThat(ended.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(mainStage.isShowing()).isFalse();
        try (var files = Files.list(app.backups)) {
            assertThat(files.map(path -> path.getFileName().toString()).toList())
                    .singleElement().asString().startsWith("jalin-backup-").endsWith(".zip");
        }
    }
    @Test
    void closingWhileLongWorkRunsAsksFirstAndWorkStoppedByTheCloseShowsNoFailure(FxRobot robot) throws Exception {
        app = new TestApp();
        Messages words = new Messages(Language.INDONESIAN);
        robot.interact(() -> {
            app.show(mainStage, Language.INDONESIAN);
            app.window.setOnQuit(ended::countDown);
        });
        AtomicBoolean handled = new AtomicBoolean();
        robot.interact(() -> app.context.executor().execute(id.jalin.kernel.task.BackgroundTask.wrap(progress -> {
            while (true) {
                progress.checkCancelled();
                Thread.sleep(20);
            }
        }).withProgress("Memuat katalog UNPAD").onFailure(failure -> handled.set(true))
                .onCancelled(() -> handled.set(true))));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> app.context.executor().visibleTaskProperty().get() != null);

        // not robot.interact: the question waits for an answer inside the event, and interact would wait for it
        javafx.application.Platform.runLater(
                () -> mainStage.fireEvent(new WindowEvent(mainStage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> showing(robot, "#runningWorkDialog"));
        DialogPane asked = robot.lookup("#runningWorkDialog").queryAs(DialogPane.class);
        id.jalin.kernel.ui.Snapshots.save(asked.getScene(), "closing-running-work");
        assertThat(robot.from(asked).lookup("#dialogText").queryAs(Label.class).getText())
                .isEqualTo(words.get("app.quit.running.text", "Memuat katalog UNPAD"));
        robot.interact(() -> ((Button) asked.lookupButton(asked.getButtonTypes().get(1))).fire());

        WaitForAsyncUtils.waitForFxEvents();
        assertThat(mainStage.isShowing()).as("the user stayed").isTrue();
        assertThat(ended.getCount()).isEqualTo(1);
        assertThat(WaitForAsyncUtils.asyncFx(() -> app.context.executor().visibleTaskProperty().get().isRunning())
                .get()).as("the work goes on").isTrue();

        // not robot.interact: the question waits for an answer inside the event, and interact would wait for it
        javafx.application.Platform.runLater(
                () -> mainStage.fireEvent(new WindowEvent(mainStage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> showing(robot, "#runningWorkDialog"));
        DialogPane again = robot.lookup("#runningWorkDialog").queryAs(DialogPane.class);
        assertThat(((Button) again.lookupButton(again.getButtonTypes().get(0))).getText())
                .isEqualTo(words.get("app.quit.running.stop"));
        robot.interact(() -> ((Button) again.lookupButton(again.getButtonTypes().get(0))).fire());
        assertThat(ended.await(5, TimeUnit.SECONDS)).as("Jalin goes on closing").isTrue();

        // the close stops the work: Jalin is ending, so nothing of it reaches the user any more
        app.context.executor().close();
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(handled).as("no handler of the stopped work ran").isFalse();
        assertThat(app.unhandledFailures).isEmpty();
    }
}
