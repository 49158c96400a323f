package id.jalin.kernel.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.kernel.i18n.Language;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.task.BackgroundTask;
import id.jalin.kernel.task.BrokenConnection;
import id.jalin.kernel.task.FxTaskExecutor;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Background work nobody handles: the real executor routes it to the failure dialog, in words. */
@ExtendWith(ApplicationExtension.class)
class FailureDialogFxTest {
    private final java.util.concurrent.atomic.AtomicReference<Language> language =
            new java.util.concurrent.atomic.AtomicReference<>(Language.INDONESIAN);
    private final FxTaskExecutor executor =
            new FxTaskExecutor(new DialogFailurePresenter(() -> new Messages(language.get())));

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 640, 400));
        stage.show();
    }

    @AfterEach
    void close() {
        executor.close();
    }

    @Test
    void anUnhandledFailureIsShownInIndonesianWithTheDriverTextFoldedUnderDetails(FxRobot robot) throws Exception {
        executor.execute(BackgroundTask.wrap(progress -> {
            throw BrokenConnection.failure();
        }).titled("Memuat daftar perjanjian"));

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#failureDetailsPane").tryQuery().isPresent());
        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(dialog.getHeaderText()).isEqualTo("Tidak berhasil: Memuat daftar perjanjian");
        assertThat(robot.lookup("#dialogText").queryAs(Label.class).getText())
                .startsWith("Server basis data tidak dapat dihubungi.").doesNotContainIgnoringCase("connection");
        TitledPane details = robot.lookup("#failureDetailsPane").queryAs(TitledPane.class);
        assertThat(details.getText()).isEqualTo("Rincian");
        assertThat(details.isExpanded()).isFalse();
        assertThat(robot.lookup("#failureDetails").queryAs(TextArea.class).getText())
                .contains(BrokenConnection.DRIVER_TEXT);

        // the pane's own title bar, found from the pane: other windows of the suite may hold another "Rincian"
        robot.clickOn(details.lookup(".title"));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(details.isExpanded()).isTrue();
        Snapshots.save(dialog.getScene(), "failure-dialog");
        // An unreachable server is offered "Try again" beside "Close"; Close ends it.
        assertThat(dialog.getButtonTypes()).extracting(javafx.scene.control.ButtonType::getText)
                .containsExactly("Coba lagi", "Tutup");
        robot.clickOn(dialog.lookupButton(dialog.getButtonTypes().get(1)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#failureDetailsPane").tryQuery()).isEmpty();
    }

    @Test
    void aFailureAfterTheLanguageWasSwitchedIsShownInTheNewLanguage(FxRobot robot) throws Exception {
        language.set(Language.ENGLISH);
        executor.execute(BackgroundTask.wrap(progress -> {
            throw BrokenConnection.failure();
        }).titled("Loading the agreements"));

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#failureDetailsPane").tryQuery().isPresent());
        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(dialog.getHeaderText()).isEqualTo("Could not complete: Loading the agreements");
        assertThat(robot.lookup("#failureDetailsPane").queryAs(TitledPane.class).getText()).isEqualTo("Details");
        robot.clickOn(dialog.lookupButton(dialog.getButtonTypes().get(0)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void tryAgainRunsTheSameWorkAgainOnceTheServerIsBack(FxRobot robot) throws Exception {
        FxTaskExecutor english = new FxTaskExecutor(new DialogFailurePresenter(() -> new Messages(Language.ENGLISH)));
        java.util.concurrent.atomic.AtomicInteger attempts = new java.util.concurrent.atomic.AtomicInteger();
        java.util.List<String> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
        try {
            english.execute(BackgroundTask.wrap(progress -> {
                if (attempts.incrementAndGet() == 1) {
                    throw BrokenConnection.failure();
                }
                return "saved";
            }).titled("Save the card holder").onSuccess(heard::add));

            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#failureDetailsPane").tryQuery().isPresent());
            DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
            assertThat(robot.lookup("#dialogText").queryAs(Label.class).getText())
                    .startsWith("The database server cannot be reached.")
                    .endsWith("Jalin connects again by itself as soon as the server is back; there is no need to restart.");
            Snapshots.save(dialog.getScene(), "failure-dialog-retry-en");
            robot.clickOn(dialog.lookupButton(dialog.getButtonTypes().get(0)));

            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> heard.contains("saved"));
            assertThat(attempts).hasValue(2);
            assertThat(robot.lookup("#failureDetailsPane").tryQuery()).isEmpty();
        } finally {
            english.close();
        }
    }
}
