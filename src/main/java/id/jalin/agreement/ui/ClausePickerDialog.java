package id.jalin.agreement.ui;

import id.jalin.agreement.domain.ClauseTemplate;
import id.jalin.agreement.domain.CooperationForm;
import id.jalin.kernel.i18n.Messages;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

/** Picks standard clauses from the clause library, narrowed by form of cooperation, to insert as articles. */
final class ClausePickerDialog {
    private final Dialog<List<ClauseTemplate>> dialog = new Dialog<>();

    ClausePickerDialog(Messages messages, Window owner, List<ClauseTemplate> library) {
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("agreement.clauses.dialogTitle"));
        dialog.setHeaderText(messages.get("agreement.clauses.dialogHeading"));
        dialog.getDialogPane().setId("clausePicker");

        ComboBox<CooperationForm> form = new ComboBox<>();
        form.setId("clauseFormFilter");
        form.getItems().add(null);
        form.getItems().addAll(CooperationForm.values());
        form.setConverter(new StringConverter<>() {
            @Override
            public String toString(CooperationForm value) {
                return value == null ? messages.get("agreement.clauses.allForms") : messages.label("agreement.form", value);
            }

            @Override
            public CooperationForm fromString(String text) {
                return null;
            }
        });
        ListView<ClauseTemplate> list = new ListView<>();
        list.setId("clauseList");
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.setPrefSize(560, 320);
        list.getItems().setAll(library);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(ClauseTemplate clause, boolean empty) {
                super.updateItem(clause, empty);
                setText(empty || clause == null ? null : clause.headingId() + " / " + clause.headingEn()
                        + (clause.form() == null ? "" : "  \u2013  " + messages.label("agreement.form", clause.form())));
            }
        });
        form.valueProperty().addListener((obs, old, chosen) -> list.getItems().setAll(library.stream()
                .filter(c -> chosen == null || c.form() == chosen).toList()));
        Label hint = new Label(messages.get("agreement.clauses.hint"));
        hint.setWrapText(true);
        VBox content = new VBox(8, form, list, hint);
        content.setPadding(new Insets(10));
        dialog.getDialogPane().setContent(content);

        ButtonType insert = new ButtonType(messages.get("agreement.clauses.insert"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(insert,
                new ButtonType(messages.get("common.button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().lookupButton(insert).setId("insertClauses");
        dialog.setResultConverter(button -> button == insert
                ? List.copyOf(list.getSelectionModel().getSelectedItems()) : null);
    }

    Optional<List<ClauseTemplate>> showAndWait() {
        return dialog.showAndWait();
    }
}
