package id.jalin.kernel.ui;

import javafx.collections.MapChangeListener;
import javafx.collections.ObservableMap;

/**
 * The step a user asked for behind "Save" in the unsaved-changes question (open another record, switch language,
 * close): it runs once the save is stored, and is dropped when the save is refused, so the user stays on the form
 * to fix it. Every form's view model keeps one.
 */
public final class StepAfterSave {
    private Runnable step;

    /** Remembers what to do once the save now starting is stored. */
    public void await(Runnable then) {
        step = then;
    }

    /** The save was refused or the typing thrown away: the step does not follow. */
    public void drop() {
        step = null;
    }

    /** The save was stored: runs the step, once. */
    public void saved() {
        Runnable then = step;
        step = null;
        if (then != null) {
            then.run();
        }
    }

    /** Drops the step whenever the form gets an error next to a field. */
    public StepAfterSave droppedOnErrors(ObservableMap<String, String> errors) {
        errors.addListener((MapChangeListener<String, String>) change -> {
            if (change.wasAdded()) {
                drop();
            }
        });
        return this;
    }
}
