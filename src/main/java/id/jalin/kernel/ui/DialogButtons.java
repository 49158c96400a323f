package id.jalin.kernel.ui;

import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.layout.Region;

/** Dialog buttons as wide as their words: the button bar otherwise gives all the same width and cuts long ones. */
public final class DialogButtons {
    private DialogButtons() {
    }

    public static void fitText(DialogPane pane) {
        for (ButtonType type : pane.getButtonTypes()) {
            Node button = pane.lookupButton(type);
            if (button instanceof Region region) {
                region.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        // Buttons added later (a dialog that changes its answers) get the same treatment.
        pane.getButtonTypes().addListener((javafx.collections.ListChangeListener<ButtonType>) change ->
                javafx.application.Platform.runLater(() -> pane.getButtonTypes().forEach(type -> {
                    if (pane.lookupButton(type) instanceof Region region) {
                        region.setMinWidth(Region.USE_PREF_SIZE);
                    }
                })));
    }
}
