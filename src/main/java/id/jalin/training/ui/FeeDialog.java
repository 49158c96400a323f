package id.jalin.training.ui;

import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.money.Money;
import id.jalin.kernel.ui.FormDialog;
import id.jalin.kernel.ui.FormGrid;
import id.jalin.kernel.ui.LocalizedDatePicker;
import id.jalin.training.domain.Fee;
import id.jalin.training.domain.Registration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.stage.Window;

/** A participant's fee: the amount due, what was paid, on which day, and the receipt number given. */
final class FeeDialog {
    private final Messages messages;
    private final Locale locale;
    private final Registration registration;
    private final TextField due = new TextField();
    private final TextField paid = new TextField();
    private final DatePicker paidOn;
    private final TextField receipt = new TextField();

    FeeDialog(Messages messages, Registration registration, LocalDate today) {
        this.messages = messages;
        this.locale = messages.language().locale();
        this.registration = registration;
        this.paidOn = LocalizedDatePicker.create(messages);
        Fee fee = registration.fee();
        due.setId("trFeeDue");
        due.setText(fee.due().format(locale));
        paid.setId("trFeePaid");
        // the usual case is paying what is due, today
        paid.setText((fee.paid().rupiah() == 0 ? fee.due() : fee.paid()).format(locale));
        paidOn.setId("trFeePaidOn");
        paidOn.setValue(fee.paidOn() == null ? today : fee.paidOn());
        receipt.setId("trFeeReceipt");
        receipt.setText(fee.receiptNumber());
    }

    record Typed(Fee fee, Map<String, String> errors) {
    }

    Optional<Typed> ask(Window owner, Map<String, String> errors) {
        FormGrid form = new FormGrid()
                .row("due", messages.get("training.ui.fee.due"), due)
                .row("paid", messages.get("training.ui.fee.paid"), paid)
                .row("paidOn", messages.get("training.ui.fee.paidOn"), paidOn)
                .row("receiptNumber", messages.get("training.ui.fee.receipt"), receipt);
        return FormDialog.ask(owner, messages, "trFee", messages.get("training.ui.fee.title", registration.name()),
                messages.get("common.button.save"), form, errors, this::typed);
    }

    private Typed typed() {
        Map<String, String> errors = new LinkedHashMap<>();
        Money owed = amount(due, "due", errors);
        Money given = amount(paid, "paid", errors);
        return new Typed(new Fee(owed, given, given.rupiah() == 0 ? null : paidOn.getValue(), receipt.getText()),
                errors);
    }

    private Money amount(TextField field, String name, Map<String, String> errors) {
        if (field.getText().isBlank()) {
            return Money.ZERO;
        }
        return Money.parse(field.getText(), locale).orElseGet(() -> {
            errors.put(name, messages.get("training.ui.error.amount", field.getText().strip()));
            return Money.ZERO;
        });
    }
}
