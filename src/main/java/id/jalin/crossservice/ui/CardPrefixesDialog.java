package id.jalin.crossservice.ui;

import id.jalin.crossservice.ui.CardPrefixesViewModel.Row;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.ui.FieldErrorMarks;
import id.jalin.kernel.ui.TextColumns;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;

/**
 * The coordinator's list of card prefixes: every member library with its prefix and whether cards carry it, and
 * a field to set the selected library's prefix while it has no cards. Saves at once; Close only closes.
 */
final class CardPrefixesDialog {
    private final CardPrefixesViewModel model;
    private final Messages messages;

    CardPrefixesDialog(CardPrefixesViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    void show(Window owner, Long chosenLibraryId) {
        Dialog<Void> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setTitle(messages.get("card.prefix.title"));
        dialog.setHeaderText(messages.get("card.prefix.heading"));
        dialog.getDialogPane().setId("cardPrefixesDialog");
        dialog.getDialogPane().getButtonTypes().add(
                new ButtonType(messages.get("common.button.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().setContent(content());
        model.load(chosenLibraryId);
        dialog.showAndWait();
    }

    private VBox content() {
        Label nextFree = new Label();
        nextFree.setId("nextFreePrefix");
        wrapping(nextFree);
        nextFree.textProperty().bind(model.nextFreeNote);

        TableView<Row> table = new TableView<>(model.rows);
        table.setId("cardPrefixTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(260);
        table.getColumns().add(TextColumns.of(messages.get("card.prefix.column.library"),
                r -> r.library().name() + " (" + r.library().code() + ")"));
        table.getColumns().add(TextColumns.of(messages.get("card.prefix.column.prefix"), model::prefixText));
        table.getColumns().add(TextColumns.of(messages.get("card.prefix.column.cards"), model::cardsText));
        // The short columns keep their words whole at a fixed width; the library's name takes the rest.
        fixed(table.getColumns().get(1), 110);
        fixed(table.getColumns().get(2), 150);
        model.selected.addListener((obs, old, row) -> {
            if (row != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(row);
                table.scrollTo(row);
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null) {
                model.selected.set(row);
            }
        });

        Label about = new Label();
        about.setId("prefixSelectionNote");
        wrapping(about);
        about.textProperty().bind(model.selectionNote);
        Label fieldLabel = new Label(messages.get("card.prefix.field"));
        TextField field = new TextField();
        field.setId("prefixField");
        field.setPrefColumnCount(4);
        field.textProperty().bindBidirectional(model.typed);
        field.disableProperty().bind(model.editable.not());
        field.setOnAction(event -> model.save());
        Button save = new Button(messages.get("card.prefix.save"));
        save.setId("savePrefix");
        save.disableProperty().bind(model.editable.not());
        save.setOnAction(event -> model.save());
        Label error = FieldErrorMarks.errorLabel("prefixError");
        model.fieldError.addListener((obs, old, message) -> FieldErrorMarks.show(field, error, message));
        HBox edit = new HBox(8, fieldLabel, field, save);
        edit.setAlignment(Pos.CENTER_LEFT);
        edit.setVisible(model.maySet());
        edit.setManaged(model.maySet());

        VBox content = new VBox(10, nextFree, table, about, edit, error);
        content.setPadding(new Insets(10));
        content.setPrefWidth(600);
        return content;
    }

    private static void fixed(javafx.scene.control.TableColumn<?, ?> column, double width) {
        column.setMinWidth(width);
        column.setPrefWidth(width);
        column.setMaxWidth(width);
    }

    /** Long notes wrap onto more lines instead of being cut off with an ellipsis. */
    private static void wrapping(Label label) {
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.setMaxWidth(Double.MAX_VALUE);
    }
}
