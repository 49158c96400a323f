package id.jalin.crossservice.ui;

import id.jalin.crossservice.ui.HolderCardsViewModel.RevokeRequest;
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

/** Asks from when a card is withdrawn and why. */
final class RevokeCardDialog {
    private final Messages messages;

    RevokeCardDialog(Messages messages) {
        this.messages = messages;
    }

    Optional<RevokeRequest> ask(Window owner, String cardNumber, RevokeRequest initial, Map<String, String> errors) {
        ObjectProperty<LocalDate> on = new SimpleObjectProperty<>(initial.on());
        StringProperty reason = new SimpleStringProperty(initial.reason());
        BoundControls controls = new BoundControls(messages);
        FormGrid form = new FormGrid()
                .row("endedOn", messages.get("card.screen.revokedOn"), controls.date("revokedOnField", on))
                .row("endedReason", messages.get("card.screen.reason"), controls.area("reasonField", reason, 3));
        return FormDialog.ask(owner, messages, "revokeCardDialog", messages.get("card.screen.revoke.title", cardNumber),
                messages.get("card.screen.revoke.confirm"), form, errors,
                () -> new RevokeRequest(on.get(), reason.get()));
    }
}
