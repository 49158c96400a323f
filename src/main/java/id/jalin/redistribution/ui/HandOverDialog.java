package id.jalin.redistribution.ui;

import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.ui.FormDialog;
import id.jalin.kernel.ui.FormGrid;
import id.jalin.kernel.ui.LocalizedDatePicker;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Window;

/** The giver marking a hand-over shipped (date, shipment reference), or the receiver marking it received (date). */
final class HandOverDialog {
    /** What the dialog gives: the day, and the shipment reference when shipping. */
    record Step(LocalDate on, String shipment) {
    }

    private final Messages messages;
    private final boolean shipping;
    private final DatePicker date;
    private final TextField shipment = new TextField();
    private final Label about = new Label();

    HandOverDialog(Messages messages, boolean shipping, String what, LocalDate today) {
        this.messages = messages;
        this.shipping = shipping;
        this.date = LocalizedDatePicker.create(messages);
        date.setId("handOverDate");
        date.setValue(today);
        shipment.setId("handOverShipment");
        about.setText(what);
        about.setWrapText(true);
        about.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        about.setMaxWidth(330);
        about.setId("handOverWhat");

    }

    Optional<Step> ask(Window owner, Map<String, String> errors) {
        String heading = messages.get(shipping ? "redistribution.ui.handover.ship_heading"
                : "redistribution.ui.handover.receive_heading");
        return FormDialog.ask(owner, messages, "handOverDialog", heading, heading, form(), errors,
                () -> new Step(date.getValue(), shipment.getText()));
    }

    /** A fresh grid around the same fields each time: a dialog shown again after a refusal keeps what was typed. */
    private FormGrid form() {
        FormGrid form = new FormGrid();
        form.row(messages.get("redistribution.ui.handover.what"), about);
        form.row(shipping ? "shippedOn" : "receivedOn", messages.get(shipping ? "redistribution.ui.handover.shipped_on"
                : "redistribution.ui.handover.received_on"), date);
        if (shipping) {
            form.row("shipment", messages.get("redistribution.ui.handover.shipment"), shipment);
        }
        return form;
    }

}
