package id.jalin.kernel.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.kernel.i18n.Language;
import id.jalin.kernel.i18n.Messages;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Every form dialog asks before Cancel throws typing away, and keeps the typing when the answer is no. */
@ExtendWith(ApplicationExtension.class)
class FormDialogTypingFxTest {
    private final Messages messages = new Messages(Language.ENGLISH);
    private final AtomicReference<Optional<String>> answer = new AtomicReference<>();
    private TextField note;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        note = new TextField();
        stage.setScene(new Scene(new StackPane(), 640, 400));
        stage.show();
    }

    private void ask(FxRobot robot, Map<String, String> errors) throws Exception {
        Platform.runLater(() -> answer.set(FormDialog.ask(stage, messages, "noteDialog", "A note", "Save",
                new FormGrid().row("note", "Note", note), errors, note::getText)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#noteDialog").tryQuery().isPresent());
    }

    private void cancel(FxRobot robot) {
        DialogPane pane = robot.lookup("#noteDialog").queryAs(DialogPane.class);
        Button cancel = (Button) pane.lookupButton(pane.getButtonTypes().get(1));
        // not through interact: the question opens a nested event loop, which interact would wait out
        Platform.runLater(cancel::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private boolean asked(FxRobot robot) {
        return robot.lookup(".dialog-pane").queryAllAs(DialogPane.class).stream()
                .anyMatch(FormDialogTypingFxTest::isQuestion);
    }

    private void answerQuestion(FxRobot robot, String button) {
        DialogPane question = robot.lookup(".dialog-pane").queryAllAs(DialogPane.class).stream()
                .filter(FormDialogTypingFxTest::isQuestion)
                .findFirst().orElseThrow();
        Button chosen = question.getButtonTypes().stream().filter(type -> type.getText().equals(button))
                .map(type -> (Button) question.lookupButton(type)).findFirst().orElseThrow();
        Platform.runLater(chosen::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean isQuestion(DialogPane pane) {
        return pane.getContent() instanceof Label text && "Throw away what you typed in this form?".equals(text.getText());
    }

    @Test
    void cancelAfterTypingAsksAndNoKeepsTheFormAsItWas(FxRobot robot) throws Exception {
        ask(robot, Map.of());
        robot.interact(() -> note.setText("Kirim lewat JNE"));

        cancel(robot);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> asked(robot));
        answerQuestion(robot, "Cancel");

        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#noteDialog").tryQuery()).isPresent();
        assertThat(note.getText()).isEqualTo("Kirim lewat JNE");
        assertThat(answer.get()).isNull();

        cancel(robot);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> asked(robot));
        answerQuestion(robot, "Discard");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> answer.get() != null);
        assertThat(answer.get()).isEmpty();
    }

    @Test
    void cancelWithNothingTypedClosesAtOnce(FxRobot robot) throws Exception {
        ask(robot, Map.of());

        cancel(robot);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> answer.get() != null);
        assertThat(answer.get()).isEmpty();
    }

    @Test
    void aFormShownAgainAfterARefusalAsksEvenUntouched(FxRobot robot) throws Exception {
        robot.interact(() -> note.setText("terlalu panjang"));
        ask(robot, Map.of("note", "At most 10 characters."));

        cancel(robot);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> asked(robot));
        answerQuestion(robot, "Discard");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> answer.get() != null);
        assertThat(answer.get()).isEmpty();
    }

    @Test
    void saveIsNeverQuestioned(FxRobot robot) throws Exception {
        ask(robot, Map.of());
        robot.interact(() -> note.setText("Kirim lewat JNE"));

        robot.interact(() -> ((Button) robot.lookup("#noteDialogOk").query()).fire());

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> answer.get() != null);
        assertThat(answer.get()).contains("Kirim lewat JNE");
    }

    /**
     * A dialog built by hand like the forum profile: Save checks, stays open when refused, and closes the dialog
     * itself once stored.
     */
    private javafx.scene.control.Dialog<javafx.scene.control.ButtonType> handBuilt(boolean[] refuse) {
        var dialog = new javafx.scene.control.Dialog<javafx.scene.control.ButtonType>();
        dialog.initOwner(stage);
        dialog.getDialogPane().setId("handDialog");
        dialog.getDialogPane().setContent(note);
        var save = new javafx.scene.control.ButtonType("Save", javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save, new javafx.scene.control.ButtonType("Cancel",
                javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.setId("handSave");
        saveButton.addEventFilter(javafx.event.ActionEvent.ACTION, event -> {
            event.consume();
            if (!refuse[0]) {
                dialog.setResult(save);
                dialog.close();
            }
        });
        FormDialog.guardTyping(dialog, note::getText, false, messages, "A note");
        return dialog;
    }

    @Test
    void aHandBuiltDialogRefusingSaveStillAsksOnCancelAndASavedOneClosesWithoutAsking(FxRobot robot)
            throws Exception {
        boolean[] refuse = {true};
        AtomicReference<javafx.scene.control.Dialog<javafx.scene.control.ButtonType>> shown = new AtomicReference<>();
        Platform.runLater(() -> {
            shown.set(handBuilt(refuse));
            shown.get().show();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#handDialog").tryQuery().isPresent());
        robot.interact(() -> note.setText("Kirim lewat JNE"));
        robot.interact(() -> ((Button) robot.lookup("#handSave").query()).fire());
        assertThat(shown.get().isShowing()).isTrue();

        DialogPane pane = robot.lookup("#handDialog").queryAs(DialogPane.class);
        Platform.runLater(((Button) pane.lookupButton(pane.getButtonTypes().get(1)))::fire);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> asked(robot));
        answerQuestion(robot, "Cancel");
        assertThat(shown.get().isShowing()).isTrue();
        assertThat(note.getText()).isEqualTo("Kirim lewat JNE");

        refuse[0] = false;
        robot.interact(() -> ((Button) robot.lookup("#handSave").query()).fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !shown.get().isShowing());
        assertThat(asked(robot)).isFalse();
    }
}
