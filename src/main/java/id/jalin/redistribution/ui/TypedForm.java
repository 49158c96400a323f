package id.jalin.redistribution.ui;

import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.ui.Dialogs;
import id.jalin.kernel.ui.FormDialog;
import id.jalin.kernel.ui.FormGrid;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.stage.Window;

/**
 * A form dialog whose Cancel does not throw typing away unasked: with something typed, the person is asked whether
 * to discard it, and the form comes back as it was if not. The fields live in the caller, so a refusal shown next to
 * them keeps the typing too.
 */
final class TypedForm {
    private TypedForm() {
    }

    static <T> Optional<T> ask(Window owner, Messages messages, String id, String title, String okLabel,
                               Supplier<FormGrid> form, Map<String, String> errors, BooleanSupplier typed,
                               Supplier<T> values) {
        while (true) {
            FormGrid grid = form.get();
            // The kernel's dialog marks fields before it is shown, and a marked field in a scene wraps the scene's
            // root, the dialog's own pane, which then cannot be shown: fields are marked once it is up instead.
            Map<String, String> elsewhere = errors.entrySet().stream()
                    .filter(error -> grid.node().lookup("#" + error.getKey() + "Error") == null)
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            if (elsewhere.size() < errors.size()) {
                Platform.runLater(() -> grid.showErrors(errors));
            }
            Optional<T> answer = FormDialog.ask(owner, messages, id, title, okLabel, grid, elsewhere, values);
            if (answer.isPresent() || !typed.getAsBoolean()
                    || new Dialogs(messages).confirm(owner, title, messages.get("redistribution.ui.discard.text"),
                    messages.get("redistribution.ui.discard.confirm"))) {
                return answer;
            }
        }
    }
}
