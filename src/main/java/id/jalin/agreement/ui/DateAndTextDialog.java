package id.jalin.agreement.ui;

import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.ui.FieldErrorMarks;
import id.jalin.kernel.ui.LocalizedDatePicker;
import id.jalin.kernel.validation.Validation;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Asks for a date and a text, then hands them to an action that answers with a validation; the dialog stays open
 * with the reasons until the action accepts. Used to record a fulfilment (who records it is the person signed in,
 * taken by the service, never typed) and to terminate an agreement.
 */
final class DateAndTextDialog {
    /** The action behind OK: stores the values and reports what was wrong, if anything. */
    interface Action {
        void apply(LocalDate date, String text, Consumer<Validation> result);
    }

    private final Dialog<Boolean> dialog = new Dialog<>();

    DateAndTextDialog(Messages messages, Window owner, String prefix, Action action) {
        dialog.initOwner(owner);
        dialog.setTitle(messages.get(prefix + ".dialogTitle"));
        dialog.setHeaderText(messages.get(prefix + ".dialogHeading"));
        dialog.getDialogPane().setId(prefix.replace('.', '-') + "-dialog");

        DatePicker date = LocalizedDatePicker.create(messages);
        date.setId("dialogDate");
        date.setValue(LocalDate.now());
        TextArea text = new TextArea();
        text.setId("dialogText");
        text.setPrefRowCount(3);
        text.setWrapText(true);

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label(messages.get(prefix + ".date")), date);
        grid.addRow(1, new Label(messages.get(prefix + ".text")), text);
        Label error = FieldErrorMarks.errorLabel("dialogError");
        VBox content = new VBox(10, grid, error);
        content.setPadding(new Insets(10));
        content.setPrefWidth(520);
        dialog.getDialogPane().setContent(content);

        ButtonType ok = new ButtonType(messages.get(prefix + ".confirm"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ok,
                new ButtonType(messages.get("common.button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        Button okButton = (Button) dialog.getDialogPane().lookupButton(ok);
        okButton.setId("dialogOk");
        okButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            action.apply(date.getValue(), text.getText(), validation -> {
                if (validation.isValid()) {
                    dialog.setResult(Boolean.TRUE);
                    dialog.close();
                } else {
                    error.setText(validation.errors().stream()
                            .map(e -> messages.get(e.messageKey(), e.args().toArray()))
                            .collect(Collectors.joining("\n")));
                }
            });
        });
    }

    void show() {
        dialog.show();
    }
}
