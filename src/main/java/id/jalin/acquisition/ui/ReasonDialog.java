package id.jalin.acquisition.ui;

import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.ui.FormDialog;
import id.jalin.kernel.ui.FormGrid;
import java.util.Map;
import java.util.Optional;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

/**
 * Asks for the reason a step needs (reopening or cancelling a round, buying despite a flag, dropping a line), or a
 * confirmation with an optional note for the steps that need none: a stray click never moves a round.
 */
final class ReasonDialog {
    private final TextArea reason = new TextArea();

    ReasonDialog() {
        reason.setId("acqReason");
        reason.setPrefRowCount(3);
        reason.setWrapText(true);
    }

    /**
     * @param prompt what the step is and what its reason is for, shown above the field
     * @param errors the service's refusals of an earlier try
     */
    Optional<String> ask(Window owner, Messages messages, String title, String prompt, String okLabel,
                         Map<String, String> errors) {
        FormGrid form = new FormGrid().row("reason", prompt, reason);
        return FormDialog.ask(owner, messages, "acqStep", title, okLabel, form, errors, reason::getText);
    }
}
