package id.jalin.crossservice.ui;

import id.jalin.crossservice.ui.HolderCardsViewModel.IssueRequest;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.ui.BoundControls;
import id.jalin.kernel.ui.FormDialog;
import id.jalin.kernel.ui.FormGrid;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.stage.Window;

/** Asks for a new card's date of issue, last day of validity, fee and receipt number. */
final class IssueCardDialog {
    private final Messages messages;

    IssueCardDialog(Messages messages) {
        this.messages = messages;
    }

    Optional<IssueRequest> ask(Window owner, IssueRequest initial, Map<String, String> errors) {
        ObjectProperty<LocalDate> issuedOn = new SimpleObjectProperty<>(initial.issuedOn());
        ObjectProperty<LocalDate> validUntil = new SimpleObjectProperty<>(initial.validUntil());
        StringProperty fee = new SimpleStringProperty(initial.fee());
        StringProperty receipt = new SimpleStringProperty(initial.receipt());
        BoundControls controls = new BoundControls(messages);
        FormGrid form = new FormGrid()
                .row("issuedOn", messages.get("card.screen.issuedOn"), controls.date("issuedOnField", issuedOn))
                .row("validUntil", messages.get("card.screen.validUntil"), controls.date("validUntilField", validUntil))
                .row("fee", messages.get("card.screen.fee"), controls.text("feeField", fee))
                .row("receiptNumber", messages.get("card.screen.receipt"), controls.text("receiptField", receipt));
        return FormDialog.ask(owner, messages, "issueCardDialog", messages.get("card.screen.issue.title"),
                messages.get("card.screen.issue.confirm"), form, errors,
                () -> new IssueRequest(issuedOn.get(), validUntil.get(), fee.get(), receipt.get()));
    }
}
