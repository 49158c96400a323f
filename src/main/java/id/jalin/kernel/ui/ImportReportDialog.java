package id.jalin.kernel.ui;

import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.task.BackgroundTask;
import id.jalin.kernel.task.TaskExecutor;
import id.jalin.kernel.export.CsvTableWriter;
import id.jalin.kernel.export.ExportTable;
import id.jalin.kernel.export.XlsxTableWriter;
import id.jalin.kernel.files.AtomicFileWriter;
import id.jalin.kernel.importing.RejectedRow;
import id.jalin.kernel.importing.RejectedRowsTable;
import java.nio.file.Path;
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
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;

/**
 * After an import: what was stored (the caller's summary), and each refused row with its reason, which the user can
 * save as CSV or XLSX to fix and import again. Every import shares it; only the explanation above the refused rows
 * is the import's own ({@code keyPrefix + ".rejectedHeading"}), the other words are {@code import.report.*}.
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
    private final Result report;
    private final Messages messages;
    private final FileDialogs files;
    private final TaskExecutor executor;
    private final Window owner;

    public ImportReportDialog(Result report, Messages messages, FileDialogs files, TaskExecutor executor, Window owner) {
        this.report = report;
        this.messages = messages;
        this.files = files;
        this.executor = executor;
        this.owner = owner;
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
            TableColumn<RejectedRow, Integer> row = new TableColumn<>(messages.get("import.report.row"));
            row.setCellValueFactory(cell -> new SimpleObjectProperty<>(cell.getValue().rowNumber()));
            row.setPrefWidth(70);
            row.setMaxWidth(90);
            TableColumn<RejectedRow, String> reason = new TableColumn<>(messages.get("import.report.reason"));
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

            Label exported = new Label();
            exported.setId("exportRejectedResult");
            exported.getStyleClass().add(Styles.MUTED);
            Button csv = exportButton("exportRejectedButton", "import.report.exportCsv", FileDialogs.FileKind.CSV,
                    exported);
            Button xlsx = exportButton("exportRejectedXlsxButton", "import.report.exportXlsx",
                    FileDialogs.FileKind.XLSX, exported);
            content.getChildren().addAll(explanation, table, new HBox(8, csv, xlsx), exported);
        }
        dialog.getDialogPane().setContent(content);
    }

    /** A button that saves the refused rows as {@code kind}, in the background, replacing the file only when whole. */
    private Button exportButton(String id, String textKey, FileDialogs.FileKind kind, Label exported) {
        Button button = new Button(messages.get(textKey));
        button.setId(id);
        button.setOnAction(event -> files.save(dialog.getDialogPane().getScene().getWindow(), messages.get(textKey),
                kind, messages.get("import.report.fileName") + kind.extension()).ifPresent(path ->
                executor.execute(BackgroundTask.wrap(progress -> write(kind, path))
                        .onSuccess(written -> exported.setText(messages.get("import.report.exported", written)))
                        .onFailure(failure -> new Dialogs(messages).error(owner, messages.get(textKey),
                                messages.get("common.error.writeFailed", path, new FailureExplainer(messages).reason(failure)))))));
        return button;
    }

    private Path write(FileDialogs.FileKind kind, Path path) throws java.io.IOException {
        ExportTable table = new RejectedRowsTable(messages.get("import.report.row"), messages.get("import.report.reason"),
                reason -> messages.get(reason.messageKey(), reason.args().toArray()))
                .table(messages.get("import.report.fileName"), report.headings(), report.rejected());
        new AtomicFileWriter().write(path, out -> {
            if (kind == FileDialogs.FileKind.XLSX) {
                new XlsxTableWriter().write(table, out);
            } else {
                new CsvTableWriter().write(table, out);
            }
        });
        return path;
    }

    public void show() {
        dialog.show();
    }
}
