package id.jalin.kernel.ui;

import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Tells whether a form's typing differs from what was loaded: it compares a snapshot of the fields' values, so
 * typing a change and then typing the old text back counts as no change.
 */
public final class DirtyTracker {
    private final Supplier<Object> state;
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private Object clean;
    private boolean paused;

    /** {@code state} returns a value (a list or record) that is equal exactly when the fields are. */
    public DirtyTracker(Supplier<Object> state, Observable... sources) {
        this.state = state;
        for (Observable source : sources) {
            source.addListener(observable -> update());
        }
        clean = state.get();
    }

    /** Fills the fields without each change counting as typing, then takes the result as the clean state. */
    public void reset(Runnable fill) {
        paused = true;
        try {
            fill.run();
        } finally {
            paused = false;
        }
        markClean();
    }

    /** Takes the fields as they are now as stored. */
    public void markClean() {
        clean = state.get();
        dirty.set(false);
    }

    private void update() {
        if (!paused) {
            dirty.set(!Objects.equals(clean, state.get()));
        }
    }

    public boolean isDirty() {
        return dirty.get();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }
}
