package id.jalin.loan.ui;

import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.ui.FormDialog;
import id.jalin.kernel.ui.FormGrid;
import id.jalin.kernel.ui.LocalizedDatePicker;
import id.jalin.loan.domain.LoanAction;
import id.jalin.loan.domain.LoanStep;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

/**
 * Asks what a step needs before it is taken: the reason, condition or note, and the date where the step has one
 * (proposed from the lender's rules, so the usual case is one click). Every step goes through here, so a stray click
 * on a button never moves a loan.
 */
final class StepDialog {
    private static final Set<LoanAction> DATED = EnumSet.of(LoanAction.EXPECT_TO_SUPPLY, LoanAction.SHIP,
            LoanAction.GRANT_RENEWAL, LoanAction.RECALL);

    private StepDialog() {
    }

    /**
     * @param proposedDate the date filled in (the due date the lender's rules give), or null
     * @param errors the reasons an earlier try was refused, shown under the form
     */
    static Optional<LoanStep> ask(Window owner, Messages messages, LoanAction action, LocalDate proposedDate,
                                  Map<String, String> errors, LoanStep earlier) {
        FormGrid form = new FormGrid();
        TextArea note = new TextArea(earlier == null ? "" : earlier.note());
        note.setId("stepNote");
        note.setPrefRowCount(3);
        note.setWrapText(true);
        DatePicker date = LocalizedDatePicker.create(messages);
        date.setId("stepDate");
        date.setValue(earlier != null && earlier.date() != null ? earlier.date() : proposedDate);
        if (DATED.contains(action)) {
            form.row("stepDate", messages.get(dateKey(action)), date);
        }
        form.row("stepNote", messages.get(noteKey(action)), note);
        String title = messages.label("loan.action", action);
        return FormDialog.ask(owner, messages, "loanStep", title, title, form, errors,
                () -> new LoanStep(action, note.getText(), DATED.contains(action) ? date.getValue() : null));
    }

    private static String dateKey(LoanAction action) {
        return switch (action) {
            case EXPECT_TO_SUPPLY -> "loan.step.date.expected";
            case SHIP -> "loan.step.date.due";
            case GRANT_RENEWAL -> "loan.step.date.new_due";
            default -> "loan.step.date.recall";
        };
    }

    private static String noteKey(LoanAction action) {
        return switch (action) {
            case UNFILLED -> "loan.step.note.reason";
            case RETRY_POSSIBLE -> "loan.step.note.condition";
            case CLOSE -> "loan.step.note.close";
            default -> "loan.step.note.optional";
        };
    }
}
