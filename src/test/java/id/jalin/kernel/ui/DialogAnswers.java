package id.jalin.kernel.ui;

import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Closes a dialog holding typing the way a user would: Cancel, and then "Discard" when asked (in English). */
public final class DialogAnswers {
    private DialogAnswers() {
    }

    public static void cancelAndDiscard(FxRobot robot, String dialogId) throws Exception {
        DialogPane pane = robot.lookup(dialogId).queryAs(DialogPane.class);
        Button cancel = pane.getButtonTypes().stream()
                .filter(type -> type.getButtonData() == ButtonBar.ButtonData.CANCEL_CLOSE)
                .map(type -> (Button) pane.lookupButton(type)).findFirst().orElseThrow();
        // not through interact: the question opens a nested event loop, which interact would wait out
        Platform.runLater(cancel::fire);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> question(robot) != null);
        DialogPane question = question(robot);
        Button discard = question.getButtonTypes().stream().filter(type -> type.getText().equals("Discard"))
                .map(type -> (Button) question.lookupButton(type)).findFirst().orElseThrow();
        Platform.runLater(discard::fire);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> pane.getScene() == null
                || !pane.getScene().getWindow().isShowing());
    }

    private static DialogPane question(FxRobot robot) {
        return robot.lookup(".dialog-pane").queryAllAs(DialogPane.class).stream()
                .filter(pane -> pane.getScene() != null && pane.getScene().getWindow() != null
                        && pane.getScene().getWindow().isShowing())
                .filter(pane -> pane.getContent() instanceof Label text
                        && "Throw away what you typed in this form?".equals(text.getText()))
                .findFirst().orElse(null);
    }
}
