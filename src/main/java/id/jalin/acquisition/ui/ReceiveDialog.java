package id.jalin.acquisition.ui;

import id.jalin.acquisition.domain.ProposalLine;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.ui.FormDialog;
import id.jalin.kernel.ui.FormGrid;
import id.jalin.kernel.ui.LocalizedDatePicker;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.stage.Window;

/** Copies of one accepted line arriving: how many (all still to come, proposed), the day and the invoice number. */
final class ReceiveDialog {
    record Typed(int copies, LocalDate receivedOn, String invoice, Map<String, String> errors) {
    }

    private final TextField copies = new TextField();
    private final DatePicker day;
    private final TextField invoice = new TextField();
    private final Messages messages;
    private final ProposalLine line;

    ReceiveDialog(Messages messages, ProposalLine line, LocalDate today) {
        this.messages = messages;
        this.line = line;
        copies.setId("acqReceiveCopies");
        copies.setText(String.valueOf(line.copiesToReceive()));
        day = LocalizedDatePicker.create(messages);
        day.setId("acqReceiveDate");
        day.setValue(today);
        invoice.setId("acqReceiveInvoice");
    }

    Optional<Typed> ask(Window owner, Map<String, String> errors) {
        FormGrid form = new FormGrid()
                .row("copies", messages.get("acquisition.ui.receive.copies", line.copiesToReceive(),
                        line.copies()), copies)
                .row("receivedOn", messages.get("acquisition.ui.receive.date"), day)
                .row("invoice", messages.get("acquisition.ui.receive.invoice"), invoice);
        String title = messages.get("acquisition.ui.receive.title", line.label());
        return FormDialog.ask(owner, messages, "acqReceive", title, messages.get("acquisition.ui.receive.ok"), form,
                errors, () -> {
                    Map<String, String> typos = new LinkedHashMap<>();
                    int count = 0;
                    try {
                        count = Integer.parseInt(copies.getText().strip());
                    } catch (NumberFormatException notANumber) {
                        typos.put("copies", messages.get("acquisition.ui.error.number", copies.getText().strip()));
                    }
                    return new Typed(count, day.getValue(), invoice.getText(), typos);
                });
    }
}
