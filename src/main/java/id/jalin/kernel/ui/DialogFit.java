package id.jalin.kernel.ui;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Makes a dialog whole once it is shown, whichever feature built it: buttons and labels as wide as their words,
 * table headings and cells uncut, the window grown to fit, and centred on the window it belongs to.
 */
public final class DialogFit {
    private DialogFit() {
    }

    public static void fit(Window dialog, Window mainWindow) {
        if (dialog.getScene() == null || !(dialog.getScene().getRoot() instanceof DialogPane pane)) {
            return;
        }
        DialogButtons.fitText(pane);
        TableFit.applyUnder(pane);
        for (Node node : SceneWalk.nodes(pane.getContent())) {
            // Form labels keep their words; the fields beside them give way instead.
            if (node instanceof Labeled labeled && !labeled.isWrapText()
                    && labeled.getMinWidth() == Region.USE_COMPUTED_SIZE) {
                labeled.setMinWidth(Region.USE_PREF_SIZE);
            }
            // A choice shows its whole chosen text: the dialog grows rather than cut it.
            if (node instanceof javafx.scene.control.ComboBox<?> combo && combo.getMinWidth() == Region.USE_COMPUTED_SIZE) {
                combo.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        Platform.runLater(() -> {
            Window owner = dialog instanceof Stage stage && stage.getOwner() != null ? stage.getOwner() : mainWindow;
            pane.applyCss();
            double width = Math.max(dialog.getWidth(), pane.prefWidth(-1) + 16);
            double height = Math.max(dialog.getHeight(), pane.prefHeight(width) + 40);
            if (width > dialog.getWidth() + 1 || height > dialog.getHeight() + 1) {
                dialog.setWidth(width);
                dialog.setHeight(height);
            }
            if (owner != null && owner != dialog && owner.isShowing()) {
                dialog.setX(owner.getX() + (owner.getWidth() - dialog.getWidth()) / 2);
                dialog.setY(owner.getY() + Math.max(0, (owner.getHeight() - dialog.getHeight()) / 3));
            }
        });
    }
}
