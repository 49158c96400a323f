package id.jalin.agreement.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.agreement.domain.AgreementSummary;
import id.jalin.agreement.domain.DemoAgreements;
import id.jalin.app.TestApp;
import id.jalin.kernel.i18n.Language;
import id.jalin.kernel.task.Progress;
import id.jalin.member.domain.DemoForum;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Typing in the agreement editor is not lost when another agreement is chosen in the list. */
@ExtendWith(ApplicationExtension.class)
class AgreementUnsavedChangesFxTest {
    private TestApp app;

    @Start
    void start(Stage stage) {
        app = new TestApp();
        DemoForum.loadInto(app.context.members(), Progress.NONE);
        DemoAgreements.loadInto(app.context.agreements(), app.context.members(), Progress.NONE);
        app.show(stage, Language.INDONESIAN);
        app.window.show("agreements");
    }

    @AfterEach
    void close() {
        app.close();
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
    }

    private void answer(FxRobot robot, String button) throws Exception {
        waitUntil(() -> robot.lookup("#unsavedDialog").tryQuery().isPresent());
        Button choice = robot.lookup("#unsavedDialog .button").queryAllAs(Button.class).stream()
                .filter(b -> b.getText().equals(button)).findFirst().orElseThrow();
        robot.clickOn(choice);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void stayKeepsTheTypingAndDiscardOpensTheOtherAgreement(FxRobot robot) throws Exception {
        TableView<AgreementSummary> table = robot.lookup("#agreementTable").queryTableView();
        waitUntil(() -> table.getItems().size() >= 2);
        AgreementSummary first = table.getItems().get(0);
        AgreementSummary second = table.getItems().get(1);
        robot.interact(() -> table.getSelectionModel().select(first));
        TextArea title = robot.lookup("#titleIdField").queryAs(TextArea.class);
        waitUntil(() -> title.getText().equals(first.titleId()));
        robot.interact(() -> title.setText("Judul yang sedang diketik"));

        robot.interact(() -> table.getSelectionModel().select(second));
        answer(robot, "Tetap di sini");

        assertThat(title.getText()).isEqualTo("Judul yang sedang diketik");
        assertThat(table.getSelectionModel().getSelectedItem().id()).isEqualTo(first.id());

        robot.interact(() -> table.getSelectionModel().select(second));
        answer(robot, "Buang perubahan");

        waitUntil(() -> title.getText().equals(second.titleId()));
        assertThat(app.context.agreements().agreement(first.id()).orElseThrow().titleId()).isEqualTo(first.titleId());
    }
}
