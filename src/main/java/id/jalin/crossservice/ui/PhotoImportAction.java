package id.jalin.crossservice.ui;

import id.jalin.kernel.ui.FailureExplainer;
import id.jalin.crossservice.domain.PhotoFolderImport;
import id.jalin.crossservice.domain.PhotoImportReport;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.task.BackgroundTask;
import id.jalin.kernel.task.TaskExecutor;
import id.jalin.kernel.ui.Dialogs;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;

/** Import photos: a folder of files named by holder number, stored in the background, then a report. */
final class PhotoImportAction {
    private final PhotoFolderImport service;
    private final TaskExecutor executor;
    private final Messages messages;
    private final FolderChooser folders;

    PhotoImportAction(PhotoFolderImport service, TaskExecutor executor, Messages messages, FolderChooser folders) {
        this.service = service;
        this.executor = executor;
        this.messages = messages;
        this.folders = folders;
    }

    void run(Window owner, long homeLibraryId, Runnable afterImport) {
        folders.choose(owner, messages.get("holder.screen.photos.choose"))
                .ifPresent(folder -> start(owner, folder, homeLibraryId, afterImport));
    }

    void start(Window owner, Path folder, long homeLibraryId, Runnable afterImport) {
        Dialogs dialogs = new Dialogs(messages);
        executor.execute(BackgroundTask.wrap(progress -> service.importFrom(folder, homeLibraryId, progress))
                .withProgress(messages.get("holder.screen.photos.progress", folder.getFileName()))
                .onSuccess(report -> {
                    afterImport.run();
                    show(owner, report);
                })
                .onCancelled(() -> dialogs.info(owner, messages.get("holder.screen.photos.title"),
                        messages.get("holder.screen.photos.cancelled")))
                .onFailure(failure -> dialogs.error(owner, messages.get("holder.screen.photos.title"),
                        messages.get("holder.screen.photos.failed", new FailureExplainer(messages).reason(failure)))));
    }

    /** The lines the report lists: files named after nobody, then files set aside with the reason. */
    List<String> problems(PhotoImportReport report) {
        List<String> lines = new ArrayList<>();
        report.unmatched().forEach(file -> lines.add(messages.get("holder.screen.photos.unmatched", file)));
        report.setAside().forEach(aside -> lines.add(messages.get("holder.screen.photos.setAside", aside.fileName(),
                aside.reasons().stream().map(r -> messages.get(r.messageKey(), r.args().toArray()))
                        .collect(Collectors.joining("; ")))));
        return lines;
    }

    private void show(Window owner, PhotoImportReport report) {
        Dialog<ButtonType> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setTitle(messages.get("holder.screen.photos.title"));
        dialog.setHeaderText(messages.get("holder.screen.photos.title"));
        dialog.getDialogPane().setId("photoImportReport");
        Label summary = new Label(messages.get("holder.screen.photos.summary", report.matched().size(),
                report.unmatched().size(), report.setAside().size()));
        summary.setId("photoImportSummary");
        summary.setWrapText(true);
        VBox content = new VBox(10, summary);
        List<String> problems = problems(report);
        if (!problems.isEmpty()) {
            ListView<String> list = new ListView<>();
            list.setId("photoProblems");
            list.getItems().setAll(problems);
            list.setPrefHeight(220);
            content.getChildren().add(list);
        }
        content.setPadding(new Insets(6));
        content.setPrefWidth(620);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().add(
                new ButtonType(messages.get("common.button.close"), ButtonBar.ButtonData.OK_DONE));
        dialog.show();
    }
}
