package id.jalin.crossservice.ui;

import id.jalin.crossservice.ui.HolderCardsViewModel.ReplaceRequest;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.ui.BoundControls;
import id.jalin.kernel.ui.FormDialog;
import id.jalin.kernel.ui.FormGrid;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Label;
import javafx.stage.Window;

/** Asks the fee and receipt for the card that replaces a lost one. */
final class ReplaceLostDialog {
    private final Messages messages;

    ReplaceLostDialog(Messages messages) {
        this.messages = messages;
    }

    Optional<ReplaceRequest> ask(Window owner, String cardNumber, ReplaceRequest initial, Map<String, String> errors) {
        StringProperty fee = new SimpleStringProperty(initial.fee());
        StringProperty receipt = new SimpleStringProperty(initial.receipt());
        BoundControls controls = new BoundControls(messages);
        Label explanation = new Label(messages.get("card.screen.replace.explanation", cardNumber));
        explanation.setWrapText(true);
        FormGrid form = new FormGrid()
                .row("fee", messages.get("card.screen.fee"), controls.text("feeField", fee))
                .row("receiptNumber", messages.get("card.screen.receipt"), controls.text("receiptField", receipt))
                .row("", explanation);
        return FormDialog.ask(owner, messages, "replaceCardDialog", messages.get("card.screen.replace.title", cardNumber),
                messages.get("card.screen.replace.confirm"), form, errors,
                () -> new ReplaceRequest(fee.get(), receipt.get()));
    }
}
