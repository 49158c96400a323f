package id.jalin.loan.ui;

import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.ui.FormDialog;
import id.jalin.kernel.ui.FormGrid;
import id.jalin.kernel.ui.ShownAs;
import id.jalin.loan.domain.LoanMember;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.stage.Window;

/** Which borrowing library the overdue letter goes to, and who signs it (remembered for the next letter). */
final class LetterDialog {
    record Choice(LoanMember borrower, String signatoryName, String signatoryPosition) {
    }

    private LetterDialog() {
    }

    static Optional<Choice> ask(Window owner, Messages messages, List<LoanMember> borrowers, String name,
                                String position) {
        ComboBox<LoanMember> borrower = new ComboBox<>();
        borrower.setId("letterBorrower");
        borrower.getItems().setAll(borrowers);
        borrower.setValue(borrowers.get(0));
        borrower.setConverter(ShownAs.words(member -> member == null ? ""
                : member.code() + " \u2013 " + member.name()));
        TextField signatory = new TextField(name);
        signatory.setId("letterSignatory");
        TextField role = new TextField(position);
        role.setId("letterPosition");
        FormGrid form = new FormGrid()
                .row("borrower", messages.get("loan.letters.borrower"), borrower)
                .row("signatory", messages.get("loan.letters.signatory"), signatory)
                .row("position", messages.get("loan.letters.position"), role);
        String title = messages.get("loan.action_bar.letters");
        return FormDialog.ask(owner, messages, "loanLetter", title, messages.get("loan.letters.write"), form,
                Map.of(), () -> new Choice(borrower.getValue(), signatory.getText().strip(), role.getText().strip()));
    }
}
