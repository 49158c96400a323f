package id.jalin.exchange.ui;

import id.jalin.exchange.domain.LedgerEntry;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.ui.FormDialog;
import id.jalin.kernel.ui.FormGrid;
import java.util.Map;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

/** Why an entry is undone: the reversal is dated today and keeps the reason; the entry itself stays. */
final class ReverseDialog {
    private ReverseDialog() {
    }

    static Optional<String> ask(Window owner, Messages messages, LedgerEntry entry, String typed,
                                Map<String, String> errors) {
        Label what = new Label(messages.get("exchange.ui.reverse.what", messages.date(entry.date()), entry.title(),
                entry.units()));
        what.setWrapText(true);
        TextArea reason = new TextArea(typed);
        reason.setId("reverseReason");
        reason.setPrefRowCount(3);
        reason.setWrapText(true);
        FormGrid form = new FormGrid()
                .row(messages.get("exchange.ui.reverse.entry"), what)
                .row("reason", messages.get("exchange.ui.reverse.reason"), reason);
        return FormDialog.ask(owner, messages, "exchangeReverse", messages.get("exchange.ui.reverse.heading"),
                messages.get("exchange.ui.reverse.ok"), form, errors, reason::getText);
    }
}
