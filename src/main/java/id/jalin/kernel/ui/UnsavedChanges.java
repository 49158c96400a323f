package id.jalin.kernel.ui;

import java.util.List;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;

/**
 * A part of a screen holding typing that is not stored yet. The main window, the language switch and lists that
 * change what a form shows ask it first, so typing is never lost without the user saying so.
 */
public interface UnsavedChanges {
    /** The key under which a screen node names the unsaved changes it holds. */
    String NODE_KEY = "jalin.unsavedChanges";

    /** True while the typing differs from what was loaded or last saved. */
    ObservableBooleanValue dirtyProperty();

    default boolean isDirty() {
        return dirtyProperty().get();
    }

    /** Stores the typing; runs {@code then} on the FX thread only if it was stored (not if refused or failed). */
    void save(Runnable then);

    /** Throws the typing away and shows what was loaded or last saved again. */
    void discard();

    /** Lets the window find these changes from the node that shows them. */
    static void attach(Node node, UnsavedChanges changes) {
        node.getProperties().put(NODE_KEY, changes);
    }

    /** Every part under {@code root} (tabs not shown included) that holds unsaved typing now. */
    static List<UnsavedChanges> dirtyIn(Node root) {
        return SceneWalk.nodes(root).stream()
                .map(node -> node.getProperties().get(NODE_KEY))
                .filter(UnsavedChanges.class::isInstance).map(UnsavedChanges.class::cast)
                .filter(UnsavedChanges::isDirty).distinct().toList();
    }
}
