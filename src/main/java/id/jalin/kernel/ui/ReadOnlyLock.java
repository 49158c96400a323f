package id.jalin.kernel.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TitledPane;

/**
 * Makes a form read-only for someone whose role may not change it, without hiding what it shows: texts stay
 * readable and selectable (not editable), choices and dates are disabled, the buttons that change things are not
 * shown, lists and tabs still scroll and select. The service refuses a change anyway; this only stops offering it.
 * Call once the form is built. A control whose disabling is already bound to something else keeps that binding.
 */
public final class ReadOnlyLock {
    private ReadOnlyLock() {
    }

    /** Everything under {@code root} that changes something follows {@code mayChange}. */
    public static void lock(Node root, ObservableBooleanValue mayChange) {
        if (root instanceof TextInputControl input) {
            input.editableProperty().bind(mayChange);
        } else if (root instanceof ButtonBase && !(root instanceof CheckBox)) {
            hide(root, mayChange);
        } else if (root instanceof CheckBox || root instanceof ComboBoxBase<?> || root instanceof ChoiceBox<?>) {
            if (!root.disableProperty().isBound()) {
                root.disableProperty().bind(Bindings.not(mayChange));
            }
        } else if (root instanceof TabPane tabs) {
            for (Tab tab : tabs.getTabs()) {
                if (tab.getContent() != null) {
                    lock(tab.getContent(), mayChange);
                }
            }
        } else if (root instanceof ScrollPane scroll && scroll.getContent() != null) {
            lock(scroll.getContent(), mayChange);
        } else if (root instanceof TitledPane titled && titled.getContent() != null) {
            lock(titled.getContent(), mayChange);
        } else if (root instanceof SplitPane split) {
            split.getItems().forEach(item -> lock(item, mayChange));
        } else if (root instanceof Parent parent && !(root instanceof javafx.scene.control.Control)) {
            parent.getChildrenUnmodifiable().forEach(child -> lock(child, mayChange));
        }
    }

    /** Shown only while {@code mayChange} holds, taking no room otherwise. */
    public static void hide(Node node, ObservableBooleanValue mayChange) {
        node.visibleProperty().bind(mayChange);
        node.managedProperty().bind(mayChange);
    }
}
