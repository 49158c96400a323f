package id.jalin.agreement.ui;

import id.jalin.agreement.domain.Party;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.ui.FieldErrorMarks;
import id.jalin.member.domain.Library;
import java.util.List;
import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

/** Adds or edits one party: a member library from the register or an outside body, and who signs for it. */
final class PartyDialog {
    private final Dialog<Party> dialog = new Dialog<>();

    PartyDialog(Messages messages, Window owner, List<Library> libraries, Party existing) {
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("agreement.party.dialogTitle"));
        dialog.setHeaderText(messages.get("agreement.party.dialogHeading"));
        dialog.getDialogPane().setId("partyDialog");

        ToggleGroup kinds = new ToggleGroup();
        RadioButton member = new RadioButton(messages.get("agreement.party.member"));
        member.setId("partyIsMember");
        member.setToggleGroup(kinds);
        RadioButton outside = new RadioButton(messages.get("agreement.party.outside"));
        outside.setId("partyIsOutside");
        outside.setToggleGroup(kinds);

        ComboBox<Library> library = new ComboBox<>();
        library.setId("partyLibrary");
        library.getItems().setAll(libraries);
        library.setMaxWidth(Double.MAX_VALUE);
        library.setConverter(new StringConverter<>() {
            @Override
            public String toString(Library value) {
                return value == null ? "" : value.name() + " (" + value.code() + ")";
            }

            @Override
            public Library fromString(String text) {
                return null;
            }
        });
        TextField body = new TextField();
        body.setId("partyBodyName");
        TextField signatory = new TextField();
        signatory.setId("partySignatory");
        TextField position = new TextField();
        position.setId("partyPosition");
        TextField place = new TextField();
        place.setId("partyPlace");
        library.disableProperty().bind(member.selectedProperty().not());
        body.disableProperty().bind(outside.selectedProperty().not());

        if (existing != null) {
            (existing.isMember() ? member : outside).setSelected(true);
            libraries.stream().filter(l -> l.id().equals(existing.libraryId())).findFirst().ifPresent(library::setValue);
            body.setText(existing.isMember() ? "" : existing.name());
            signatory.setText(existing.signatoryName());
            position.setText(existing.signatoryPosition());
            place.setText(existing.signingPlace());
        } else {
            member.setSelected(true);
        }
        library.valueProperty().addListener((obs, old, chosen) -> {
            if (chosen != null && place.getText().isBlank()) {
                place.setText(chosen.city());
            }
        });

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, member, library);
        grid.addRow(1, outside, body);
        grid.addRow(2, new Label(messages.get("agreement.party.signatory")), signatory);
        grid.addRow(3, new Label(messages.get("agreement.party.position")), position);
        grid.addRow(4, new Label(messages.get("agreement.party.place")), place);
        Label error = FieldErrorMarks.errorLabel("partyError");
        VBox content = new VBox(10, grid, error);
        content.setPadding(new Insets(10));
        content.setPrefWidth(560);
        dialog.getDialogPane().setContent(content);

        ButtonType ok = new ButtonType(messages.get("common.button.ok"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ok,
                new ButtonType(messages.get("common.button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        Button okButton = (Button) dialog.getDialogPane().lookupButton(ok);
        okButton.setId("partyOk");
        okButton.addEventFilter(ActionEvent.ACTION, event -> {
            String problem = "";
            if (member.isSelected() && library.getValue() == null) {
                problem = messages.get("agreement.party.error.library");
            } else if (outside.isSelected() && body.getText().isBlank()) {
                problem = messages.get("agreement.party.error.body");
            } else if (signatory.getText().isBlank() || position.getText().isBlank()) {
                problem = messages.get("agreement.party.error.signatory");
            }
            error.setText(problem);
            if (!problem.isEmpty()) {
                event.consume();
            }
        });
        id.jalin.kernel.ui.FormDialog.guardTyping(dialog, () -> java.util.Arrays.asList(kinds.getSelectedToggle(),
                library.getValue(), body.getText(), signatory.getText(), position.getText(), place.getText()),
                false, messages, messages.get("agreement.party.dialogTitle"));
        dialog.setResultConverter(button -> {
            if (button != ok) {
                return null;
            }
            if (member.isSelected()) {
                Library chosen = library.getValue();
                return Party.member(chosen.id(), chosen.name(), signatory.getText(), position.getText(), place.getText());
            }
            return Party.outsideBody(body.getText(), signatory.getText(), position.getText(), place.getText());
        });
    }

    Optional<Party> showAndWait() {
        return dialog.showAndWait();
    }
}
