package id.jalin.kernel.ui;

import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.task.BackgroundTask;
import id.jalin.kernel.task.TaskExecutor;
import id.jalin.kernel.csv.RejectedRow;
import id.jalin.kernel.csv.RejectedRowsCsv;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;

/**
 * After an import: what was stored (the caller's summary), and each refused row with its reason, which the user can
 * save as CSV to fix and import again. Member and card-holder imports share it; their words come from
 * {@code keyPrefix + ".rejectedHeading"}, {@code ".rejected.row"}, {@code ".rejected.reason"},
 * {@code ".exportRejected"}, {@code ".rejectedFileName"} and {@code ".exported"}.
 */
public final class ImportReportDialog {
    /** What one import reports: texts for the top, the file's headings, and the rows it refused. */
    public record Result(String dialogId, String keyPrefix, String title, String heading, String summary,
                         List<String> headings, List<RejectedRow> rejected) {
        public Result {
            headings = List.copyOf(headings);
            rejected = List.copyOf(rejected);
        }
    }

    private final Dialog<ButtonType> dialog = new Dialog<>();

    public ImportReportDialog(Result report, Messages messages, FileDialogs files, TaskExecutor executor, Window owner) {
        String prefix = report.keyPrefix();
        dialog.initOwner(owner);
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setTitle(report.title());
        dialog.setHeaderText(report.heading());
        dialog.getDialogPane().setId(report.dialogId());

        Label summary = new Label(report.summary());
        summary.setId("importSummary");
        summary.setWrapText(true);
        summary.getStyleClass().add("import-summary");

        VBox content = new VBox(10, summary);
        content.setPadding(new Insets(6));
        content.setPrefWidth(760);

        ButtonType close = new ButtonType(messages.get("common.button.close"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().add(close);

        if (!report.rejected().isEmpty()) {
            Label explanation = new Label(messages.get(prefix + ".rejectedHeading"));
            explanation.setWrapText(true);
            TableView<RejectedRow> table = new TableView<>();
            table.setId("rejectedTable");
            table.getItems().setAll(report.rejected());
            table.setPrefHeight(240);
            table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
            TableColumn<RejectedRow, Integer> row = new TableColumn<>(messages.get(prefix + ".rejected.row"));
            row.setCellValueFactory(cell -> new SimpleObjectProperty<>(cell.getValue().rowNumber()));
            row.setPrefWidth(70);
            row.setMaxWidth(90);
            TableColumn<RejectedRow, String> reason = new TableColumn<>(messages.get(prefix + ".rejected.reason"));
            reason.setCellValueFactory(cell -> new SimpleStringProperty(cell.getValue().reasons().stream()
                    .map(r -> messages.get(r.messageKey(), r.args().toArray()))
                    .collect(Collectors.joining("; "))));
            reason.setCellFactory(column -> new javafx.scene.control.TableCell<>() {
                private final javafx.scene.text.Text text = new javafx.scene.text.Text();

                {
                    // Reasons can be long (the accepted words are listed); wrap them instead of cutting them off.
                    text.wrappingWidthProperty().bind(column.widthProperty().subtract(16));
                    text.getStyleClass().add("text");
                    setPrefHeight(javafx.scene.layout.Region.USE_COMPUTED_SIZE);
                }

                @Override
                protected void updateItem(String value, boolean empty) {
                    super.updateItem(value, empty);
                    text.setText(empty || value == null ? "" : value);
                    setGraphic(empty ? null : text);
                }
            });
            table.getColumns().add(row);
            table.getColumns().add(reason);

            Button export = new Button(messages.get(prefix + ".exportRejected"));
            export.setId("exportRejectedButton");
            Label exported = new Label();
            exported.setId("exportRejectedResult");
            exported.getStyleClass().add(Styles.MUTED);
            export.setOnAction(event -> files.save(dialog.getDialogPane().getScene().getWindow(),
                    messages.get(prefix + ".exportRejected"), FileDialogs.FileKind.CSV,
                    messages.get(prefix + ".rejectedFileName") + ".csv").ifPresent(path ->
                    executor.execute(BackgroundTask.wrap(progress -> {
                                RejectedRowsCsv writer = new RejectedRowsCsv(messages.get(prefix + ".rejected.row"),
                                        messages.get(prefix + ".rejected.reason"),
                                        r -> messages.get(r.messageKey(), r.args().toArray()));
                                try (OutputStream out = Files.newOutputStream(path)) {
                                    writer.write(report.headings(), report.rejected(), out);
                                }
                                return path;
                            })
                            .onSuccess(written -> exported.setText(messages.get(prefix + ".exported", written)))
                            .onFailure(failure -> new Dialogs(messages).error(owner,
                                    messages.get(prefix + ".exportRejected"),
                                    messages.get("common.error.writeFailed", path, new FailureExplainer(messages).reason(failure)))))));
            content.getChildren().addAll(explanation, table, export, exported);
        }
        dialog.getDialogPane().setContent(content);
    }

    public void show() {
        dialog.show();
    }
}
