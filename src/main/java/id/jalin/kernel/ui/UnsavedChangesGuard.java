package id.jalin.kernel.ui;

import id.jalin.kernel.i18n.Messages;
import java.util.List;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** Asks Save / Discard / Stay before something would throw typing away, and then goes on or stays. */
public final class UnsavedChangesGuard {
    private final Messages messages;
    private final Dialogs dialogs;

    public UnsavedChangesGuard(Messages messages) {
        this.messages = messages;
        this.dialogs = new Dialogs(messages);
    }

    /** Runs {@code action} at once if nothing is unsaved; otherwise asks first, and runs it after Save or Discard. */
    public void proceed(Window owner, List<UnsavedChanges> changes, Runnable action) {
        List<UnsavedChanges> dirty = changes.stream().filter(UnsavedChanges::isDirty).toList();
        if (dirty.isEmpty()) {
            action.run();
            return;
        }
        UnsavedChanges first = dirty.get(0);
        List<UnsavedChanges> rest = dirty.subList(1, dirty.size());
        ButtonType save = new ButtonType(messages.get("common.unsaved.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(messages.get("common.unsaved.discard"), ButtonBar.ButtonData.NO);
        ButtonType stay = new ButtonType(messages.get("common.unsaved.stay"), ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonType answer = dialogs.choose(owner, "unsavedDialog", messages.get("common.unsaved.title"),
                messages.get("common.unsaved.text"), save, discard, stay).orElse(stay);
        if (answer == save) {
            first.save(() -> proceed(owner, rest, action));
        } else if (answer == discard) {
            first.discard();
            proceed(owner, rest, action);
        }
    }

    public void proceed(Window owner, UnsavedChanges changes, Runnable action) {
        proceed(owner, List.of(changes), action);
    }
}
