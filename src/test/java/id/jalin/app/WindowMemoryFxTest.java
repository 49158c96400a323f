package id.jalin.app;

import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.kernel.i18n.Language;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.ui.ColumnMemory;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The main window comes back where and as large as it was closed, with the column widths the user dragged. */
@ExtendWith(ApplicationExtension.class)
class WindowMemoryFxTest {
    private TestApp app;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = new TestApp();
        app.show(stage, Language.INDONESIAN);
        app.window.show("members");
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void placeSizeAndAColumnWidthAreRestoredAfterARestart(FxRobot robot) throws Exception {
        TableView<?> table = robot.lookup("#memberTable").queryTableView();
        new ColumnMemory(app.settings).remember(table, 2, 183);
        robot.interact(() -> {
            stage.setX(40);
            stage.setY(30);
            stage.setWidth(1100);
            stage.setHeight(700);
        });

        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        robot.interact(stage::close);

        Stage[] again = new Stage[1];
        robot.interact(() -> {
            again[0] = new Stage();
            MainWindow window = new MainWindow(app.context, again[0], new Messages(Language.INDONESIAN),
                    navigator -> JalinApp.features(app.context, navigator, path -> true));
            again[0].setScene(window.createScene());
            window.windowMemory().restore(again[0]);
            again[0].show();
            window.show("members");
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(again[0].getX()).isEqualTo(40);
        assertThat(again[0].getY()).isEqualTo(30);
        assertThat(again[0].getWidth()).isEqualTo(1100);
        assertThat(again[0].getHeight()).isEqualTo(700);
        TableView<?> restored = robot.from(again[0].getScene().getRoot()).lookup("#memberTable").queryTableView();
        assertThat(restored.getColumns().get(2).getPrefWidth()).isEqualTo(183);
        Platform.runLater(again[0]::close);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !again[0].isShowing());
    }
}
