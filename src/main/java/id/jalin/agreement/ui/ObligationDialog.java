package id.jalin.agreement.ui;

import id.jalin.agreement.domain.Obligation;
import id.jalin.agreement.domain.Party;
import id.jalin.agreement.domain.Recurrence;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.ui.FieldErrorMarks;
import id.jalin.kernel.ui.LocalizedDatePicker;
import java.util.List;
import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

/** Adds or edits an obligation: which party promised what, due when, and how often. */
final class ObligationDialog {
    private final Dialog<Obligation> dialog = new Dialog<>();

    ObligationDialog(Messages messages, Window owner, List<Party> parties, Obligation existing) {
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("agreement.obligation.dialogTitle"));
        dialog.setHeaderText(messages.get("agreement.obligation.dialogHeading"));
        dialog.getDialogPane().setId("obligationDialog");

        ComboBox<Integer> party = new ComboBox<>();
        party.setId("obligationParty");
        for (int i = 1; i <= parties.size(); i++) {
            party.getItems().add(i);
        }
        party.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer number) {
                return number == null ? "" : messages.get("agreement.party.ordinal." + Math.min(number, 5))
                        + " \u2013 " + parties.get(number - 1).name();
            }

            @Override
            public Integer fromString(String text) {
                return null;
            }
        });
        party.setMaxWidth(Double.MAX_VALUE);
        TextArea descriptionId = new TextArea();
        descriptionId.setId("obligationTextId");
        descriptionId.setPrefRowCount(3);
        descriptionId.setWrapText(true);
        TextArea descriptionEn = new TextArea();
        descriptionEn.setId("obligationTextEn");
        descriptionEn.setPrefRowCount(3);
        descriptionEn.setWrapText(true);
        ComboBox<Recurrence> recurrence = new ComboBox<>();
        recurrence.setId("obligationRecurrence");
        recurrence.getItems().setAll(Recurrence.values());
        recurrence.setConverter(new StringConverter<>() {
            @Override
            public String toString(Recurrence value) {
                return messages.label("agreement.recurrence", value);
            }

            @Override
            public Recurrence fromString(String text) {
                return null;
            }
        });
        DatePicker due = LocalizedDatePicker.create(messages);
        due.setId("obligationDue");

        if (existing != null) {
            party.setValue(existing.partyNumber() <= parties.size() ? existing.partyNumber() : null);
            descriptionId.setText(existing.descriptionId());
            descriptionEn.setText(existing.descriptionEn());
            recurrence.setValue(existing.recurrence());
            due.setValue(existing.firstDueOn());
        } else {
            party.setValue(parties.size() >= 2 ? 2 : parties.isEmpty() ? null : 1);
            recurrence.setValue(Recurrence.ONCE);
        }

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label(messages.get("agreement.obligation.party")), party);
        grid.addRow(1, new Label(messages.get("agreement.obligation.textId")), descriptionId);
        grid.addRow(2, new Label(messages.get("agreement.obligation.textEn")), descriptionEn);
        grid.addRow(3, new Label(messages.get("agreement.obligation.recurrence")), recurrence);
        grid.addRow(4, new Label(messages.get("agreement.obligation.firstDue")), due);
        Label error = FieldErrorMarks.errorLabel("obligationError");
        VBox content = new VBox(10, grid, error);
        content.setPadding(new Insets(10));
        content.setPrefWidth(600);
        dialog.getDialogPane().setContent(content);

        ButtonType ok = new ButtonType(messages.get("common.button.ok"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ok,
                new ButtonType(messages.get("common.button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        Button okButton = (Button) dialog.getDialogPane().lookupButton(ok);
        okButton.setId("obligationOk");
        okButton.addEventFilter(ActionEvent.ACTION, event -> {
            String problem = party.getValue() == null ? messages.get("agreement.obligation.error.party")
                    : descriptionId.getText().isBlank() ? messages.get("agreement.obligation.error.text")
                    : due.getValue() == null ? messages.get("agreement.obligation.error.due") : "";
            error.setText(problem);
            if (!problem.isEmpty()) {
                event.consume();
            }
        });
        id.jalin.kernel.ui.FormDialog.guardTyping(dialog, () -> java.util.Arrays.asList(party.getValue(),
                descriptionId.getText(), descriptionEn.getText(), recurrence.getValue(), due.getValue()),
                false, messages, messages.get("agreement.obligation.dialogTitle"));
        dialog.setResultConverter(button -> button != ok ? null : new Obligation(
                existing == null ? null : existing.id(), party.getValue(), descriptionId.getText(),
                descriptionEn.getText(), recurrence.getValue(), due.getValue(),
                existing == null ? List.of() : existing.fulfilments()));
    }

    Optional<Obligation> showAndWait() {
        return dialog.showAndWait();
    }
}
