package id.jalin.transfer.ui;

import id.jalin.kernel.db.transfer.TableCheck;
import id.jalin.kernel.db.transfer.TransferReport;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.ui.Styles;
import java.text.NumberFormat;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The end of a backup, restore, export or move: one line per table with its rows and checksum on both sides. */
final class TransferReportDialog {
    private static final int SHOWN_DIGITS = 12;

    private final Dialog<ButtonType> dialog = new Dialog<>();

    TransferReportDialog(Messages messages, Window owner, String title, String summary, TransferReport report) {
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        dialog.getDialogPane().setId("transferReport");
        NumberFormat numbers = NumberFormat.getIntegerInstance(messages.language().locale());

        Label text = new Label(summary + "\n" + messages.get(report.allMatch() ? "transfer.report.allMatch"
                : "transfer.report.someDiffer", report.tables().size(), numbers.format(report.rows()),
                String.format(messages.language().locale(), "%.1f", report.took().toMillis() / 1000.0)));
        text.setId("transferSummary");
        text.setWrapText(true);
        text.setMaxWidth(680);

        TableView<TableCheck> table = new TableView<>();
        table.setId("transferTable");
        table.getItems().setAll(report.tables());
        table.getColumns().add(column(messages.get("transfer.report.table"), check -> check.table(), 180));
        table.getColumns().add(column(messages.get("transfer.report.expectedRows"),
                check -> numbers.format(check.expectedRows()), 100));
        table.getColumns().add(column(messages.get("transfer.report.actualRows"),
                check -> numbers.format(check.actualRows()), 100));
        table.getColumns().add(column(messages.get("transfer.report.checksum"),
                check -> check.actualChecksum().substring(0, Math.min(SHOWN_DIGITS, check.actualChecksum().length())), 120));
        table.getColumns().add(column(messages.get("transfer.report.match"),
                check -> messages.get(check.matches() ? "transfer.report.yes" : "transfer.report.no"), 70));
        table.getColumns().forEach(column -> column.setSortable(false));
        table.setPrefHeight(360);
        table.setPrefWidth(680);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        VBox content = new VBox(10, text, table);
        content.setPadding(new Insets(10));
        content.setPrefWidth(700);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(
                new ButtonType(messages.get("common.button.ok"), ButtonBar.ButtonData.OK_DONE));
        if (!report.allMatch()) {
            text.getStyleClass().add(Styles.FIELD_ERROR);
        }
    }

    private static TableColumn<TableCheck, String> column(String title,
                                                          java.util.function.Function<TableCheck, String> value,
                                                          double width) {
        TableColumn<TableCheck, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    void showAndWait() {
        dialog.showAndWait();
    }
}
