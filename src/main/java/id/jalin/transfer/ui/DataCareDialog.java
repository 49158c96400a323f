package id.jalin.transfer.ui;

import id.jalin.kernel.db.ConnectionSettings;
import id.jalin.kernel.db.DatabaseMode;
import id.jalin.kernel.db.transfer.ArchiveManifest;
import id.jalin.kernel.db.transfer.ChecksFailedException;
import id.jalin.kernel.db.transfer.TransferReport;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.task.BackgroundTask;
import id.jalin.kernel.task.FxTaskExecutor;
import id.jalin.kernel.task.Work;
import id.jalin.kernel.ui.Dialogs;
import id.jalin.kernel.ui.FileDialogs;
import id.jalin.kernel.ui.Styles;
import id.jalin.transfer.domain.AutomaticBackup;
import id.jalin.transfer.domain.Backup;
import id.jalin.transfer.domain.DataCareService;
import id.jalin.transfer.domain.EmbeddedFile;
import id.jalin.transfer.domain.WorkstationSwitch;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * File, Data &amp; backups: back up now, restore, export everything, move to a server or make a workstation copy,
 * and this workstation's automatic backups. Each run happens off the FX thread with a progress bar and Cancel here
 * (and in the status bar), and ends with the per-table report.
 */
public final class DataCareDialog {
    private static final double TEXT_WIDTH = 560;
    private static final DateTimeFormatter STAMP_FILE = DateTimeFormatter.ofPattern("uuuu-MM-dd-HHmm");

    private final DataCareService service;
    private final FxTaskExecutor executor;
    private final Messages messages;
    private final FileDialogs files;
    private final ConnectionSettings suggestedServer;
    private final WorkstationSwitch workstation;
    private final Runnable afterRestore;
    private final TransferWords words;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ProgressBar bar = new ProgressBar(0);
    private final Label status = new Label();
    private final Button cancel;
    private final Label latest = new Label();
    private Task<?> running;

    /**
     * @param afterRestore called on the FX thread after a restore, so the screens show the restored data
     */
    public DataCareDialog(DataCareService service, FxTaskExecutor executor, Messages messages, FileDialogs files,
                          Window owner, ConnectionSettings suggestedServer, WorkstationSwitch workstation,
                          Runnable afterRestore) {
        this.service = service;
        this.executor = executor;
        this.messages = messages;
        this.files = files;
        this.suggestedServer = suggestedServer;
        this.workstation = workstation;
        this.afterRestore = afterRestore;
        this.words = new TransferWords(messages);
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("transfer.title"));
        dialog.setHeaderText(messages.get("transfer.heading"));
        dialog.getDialogPane().setId("dataCareDialog");
        cancel = new Button(messages.get("common.button.cancel"));
        cancel.setId("transferCancel");

        boolean embedded = service.mode() == DatabaseMode.EMBEDDED_H2;
        Button backup = button("backupNowButton", "transfer.backupNow", this::backupNow);
        backup.setDisable(!embedded);
        Button restore = button("restoreButton", "transfer.restore", this::restore);
        Button export = button("exportAllButton", "transfer.exportAll", this::exportAll);
        Button move = button("moveToServerButton", "transfer.moveToServer", this::moveToServer);
        move.setDisable(!embedded);
        Button copy = button("workstationCopyButton", "transfer.workstationCopy", this::workstationCopy);
        copy.setDisable(embedded);

        latest.setId("latestBackup");
        latest.setWrapText(true);
        latest.setMaxWidth(TEXT_WIDTH);
        latest.getStyleClass().add(Styles.MUTED);
        Label where = new Label(messages.get("transfer.backups.folder", service.backups().folder().toString()));
        where.setWrapText(true);
        where.setMaxWidth(TEXT_WIDTH);
        where.getStyleClass().add(Styles.MUTED);
        Label serverNote = wrapped(messages.get(embedded ? "transfer.backups.embeddedNote"
                : "transfer.backups.serverNote"));
        VBox backups = new VBox(8, serverNote, new FlowPane(8, 8, backup, restore), latest, where, automaticSettings());
        VBox moving = new VBox(8, wrapped(messages.get(embedded ? "transfer.moving.embeddedNote"
                : "transfer.moving.serverNote")), new FlowPane(8, 8, export, move, copy));

        bar.setId("transferProgress");
        bar.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(bar, Priority.ALWAYS);
        status.setId("transferStatus");
        status.setWrapText(true);
        status.setMaxWidth(TEXT_WIDTH);
        cancel.setOnAction(event -> {
            if (running != null) {
                running.cancel();
            }
        });
        HBox progress = new HBox(8, bar, cancel);
        progress.setAlignment(Pos.CENTER_LEFT);
        VBox progressArea = new VBox(4, status, progress);
        // Only hidden, never taken out of the layout: the dialog keeps its size and no text gets squeezed.
        progressArea.visibleProperty().bind(busy);
        for (Button each : new Button[] {backup, restore, export, move, copy}) {
            boolean off = each.isDisable();
            each.disableProperty().bind(busy.or(new SimpleBooleanProperty(off)));
        }

        VBox content = new VBox(12, section("transfer.section.backups", backups),
                section("transfer.section.moving", moving), progressArea);
        content.setPadding(new Insets(10));
        content.setPrefWidth(600);
        dialog.getDialogPane().setContent(content);
        ButtonType close = new ButtonType(messages.get("transfer.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(close);
        dialog.getDialogPane().lookupButton(close).disableProperty().bind(busy);
        refreshLatest();
    }

    public void show() {
        dialog.show();
    }

    private Window window() {
        return dialog.getDialogPane().getScene().getWindow();
    }

    private GridPane automaticSettings() {
        ComboBox<AutomaticBackup> when = new ComboBox<>();
        when.setId("automaticBackup");
        when.getItems().setAll(AutomaticBackup.values());
        when.setCellFactory(list -> labelCell());
        when.setButtonCell(labelCell());
        when.setValue(service.settings().automatic());
        Spinner<Integer> keep = new Spinner<>(1, 999, service.settings().keep());
        keep.setId("backupKeep");
        keep.setEditable(true);
        keep.setPrefWidth(90);
        when.valueProperty().addListener((obs, old, now) -> service.settings().save(now, keep.getValue()));
        keep.valueProperty().addListener((obs, old, now) -> service.settings().save(when.getValue(), now));
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        grid.addRow(0, new Label(messages.get("transfer.automatic")), when);
        grid.addRow(1, new Label(messages.get("transfer.keep")), keep);
        grid.setDisable(service.mode() != DatabaseMode.EMBEDDED_H2);
        return grid;
    }

    private ListCell<AutomaticBackup> labelCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(AutomaticBackup item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : messages.label("backup.automatic", item));
            }
        };
    }

    private void refreshLatest() {
        executor.execute(BackgroundTask.wrap(progress -> service.backups().latest())
                .titled(messages.get("transfer.title"))
                .onSuccess(found -> latest.setText(found.map(this::describe)
                        .orElse(messages.get("transfer.backups.none")))));
    }

    private String describe(Backup backup) {
        return messages.get("transfer.backups.latest", messages.dateTime(backup.takenAt()),
                backup.file().getFileName().toString());
    }

    private void backupNow() {
        run("transfer.progress.backup", service::backupNow, done -> {
            refreshLatest();
            report("transfer.report.backupTitle", messages.get("transfer.report.backupSaved", done.file().toString()),
                    done.report());
        });
    }

    private void restore() {
        files.open(window(), messages.get("transfer.restore.choose"), FileDialogs.FileKind.ARCHIVE).ifPresent(file ->
                executor.execute(BackgroundTask.wrap(progress -> service.describe(file))
                        .titled(messages.get("transfer.restore.title"))
                        .onSuccess(manifest -> confirmRestore(file, manifest))
                        .onFailure(this::refused)));
    }

    private void confirmRestore(Path file, ArchiveManifest manifest) {
        boolean yes = new Dialogs(messages).confirm(window(), messages.get("transfer.restore.title"),
                messages.get("transfer.restore.confirm", file.getFileName().toString(),
                        messages.dateTime(manifest.createdAt()), manifest.tables().size(), manifest.rows()),
                messages.get("transfer.restore.confirmButton"));
        if (!yes) {
            return;
        }
        run("transfer.progress.restore", progress -> service.restore(file, progress), done -> {
            refreshLatest();
            afterRestore.run();
            report("transfer.report.restoreTitle", messages.get("transfer.report.restored",
                    file.getFileName().toString(), done.backupBefore().toString()), done.report());
        });
    }

    private void exportAll() {
        String suggested = "jalin-ekspor-" + STAMP_FILE.format(LocalDateTime.now()) + ".zip";
        files.save(window(), messages.get("transfer.exportAll"), FileDialogs.FileKind.ARCHIVE, suggested)
                .ifPresent(file -> run("transfer.progress.export", progress -> service.exportAll(file, progress),
                        report -> report("transfer.report.exportTitle",
                                messages.get("transfer.report.exported", file.toString()), report)));
    }

    private void moveToServer() {
        new ServerDialog(messages, window(), suggestedServer).ask().ifPresent(server ->
                run("transfer.progress.move", progress -> service.moveTo(server, progress), report -> {
                    report("transfer.report.moveTitle", messages.get("transfer.report.moved", server.toString()), report);
                    if (new Dialogs(messages).confirm(window(), messages.get("transfer.switch.title"),
                            messages.get("transfer.switch.toServer", server.toString()),
                            messages.get("transfer.switch.button"))) {
                        workstation.toServer(server);
                    }
                }));
    }

    private void workstationCopy() {
        files.save(window(), messages.get("transfer.workstationCopy"), FileDialogs.FileKind.EMBEDDED_DATABASE,
                "jalin-salinan.mv.db").ifPresent(chosen -> {
                    Path h2File = EmbeddedFile.fromChosen(chosen);
                    run("transfer.progress.copy", progress -> service.workstationCopy(h2File, progress), report -> {
                        report("transfer.report.copyTitle", messages.get("transfer.report.copied",
                                EmbeddedFile.dataFile(h2File).toString()), report);
                        if (new Dialogs(messages).confirm(window(), messages.get("transfer.switch.title"),
                                messages.get("transfer.switch.toEmbedded", EmbeddedFile.dataFile(h2File).toString()),
                                messages.get("transfer.switch.button"))) {
                            workstation.toEmbedded(h2File);
                        }
                    });
                });
    }

    /** Runs long work with this dialog's bar and Cancel (and the status bar's), then shows its result. */
    private <T> void run(String progressKey, Work<T> work, Consumer<T> done) {
        String title = messages.get(progressKey);
        busy.set(true);
        status.setText(title);
        executor.execute(BackgroundTask.wrap(work)
                .withProgress(title)
                .whenDone(() -> {
                    busy.set(false);
                    running = null;
                    bar.progressProperty().unbind();
                })
                .onSuccess(done)
                .onCancelled(() -> new Dialogs(messages).info(window(), title, messages.get("transfer.cancelled")))
                .onFailure(this::refused));
        running = executor.visibleTaskProperty().get();
        if (running != null) {
            bar.progressProperty().bind(running.progressProperty());
        }
    }

    private void refused(Throwable failure) {
        if (failure instanceof ChecksFailedException failed) {
            report("transfer.report.failedTitle", messages.get("transfer.checksFailed"), failed.report());
            return;
        }
        new Dialogs(messages).failure(window(), new id.jalin.kernel.ui.FailureExplainer.Explanation(
                messages.get("transfer.failed.title"), words.reason(failure),
                id.jalin.kernel.ui.FailureExplainer.details(failure)));
    }

    private void report(String titleKey, String summary, TransferReport report) {
        new TransferReportDialog(messages, window(), messages.get(titleKey), summary, report).showAndWait();
    }

    private Button button(String id, String key, Runnable action) {
        Button button = new Button(messages.get(key));
        button.setId(id);
        button.setOnAction(event -> action.run());
        return button;
    }

    private Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(TEXT_WIDTH);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }

    private TitledPane section(String key, javafx.scene.Node body) {
        TitledPane pane = new TitledPane(messages.get(key), body);
        pane.setCollapsible(false);
        return pane;
    }
}
