package id.jalin.crossservice.ui;

import id.jalin.kernel.ui.FailureExplainer;
import id.jalin.crossservice.domain.csv.HolderImportPlan;
import id.jalin.crossservice.domain.csv.HolderImportReport;
import id.jalin.crossservice.domain.csv.HolderImportService;
import id.jalin.kernel.csv.CsvRefusedException;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.task.BackgroundTask;
import id.jalin.kernel.task.TaskExecutor;
import id.jalin.kernel.ui.Dialogs;
import id.jalin.kernel.ui.FileDialogs;
import id.jalin.kernel.ui.ImportReportDialog;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import javafx.stage.Window;

/** Import holders from CSV: read and store in the background with progress, then report the refused rows. */
final class HolderImportAction {
    private final HolderImportService service;
    private final TaskExecutor executor;
    private final Messages messages;
    private final FileDialogs files;

    HolderImportAction(HolderImportService service, TaskExecutor executor, Messages messages, FileDialogs files) {
        this.service = service;
        this.executor = executor;
        this.messages = messages;
        this.files = files;
    }

    /** What one import stored and refused, with the file's headings to write refused rows back. */
    record Outcome(Path file, List<String> headings, HolderImportReport report) {
    }

    void run(Window owner, Runnable afterImport) {
        files.open(owner, messages.get("holder.screen.import.choose"), FileDialogs.FileKind.CSV)
                .ifPresent(file -> start(owner, file, afterImport));
    }

    void start(Window owner, Path file, Runnable afterImport) {
        Dialogs dialogs = new Dialogs(messages);
        executor.execute(BackgroundTask.wrap(progress -> {
                    try (InputStream in = Files.newInputStream(file)) {
                        HolderImportPlan plan = service.read(in, progress);
                        return new Outcome(file, plan.headings(), service.apply(plan, progress));
                    }
                })
                .withProgress(messages.get("holder.screen.import.progress", file.getFileName()))
                .onSuccess(outcome -> {
                    afterImport.run();
                    var report = outcome.report();
                    new ImportReportDialog(new ImportReportDialog.Result("holderImportReport", "holder.screen.import",
                            messages.get("holder.screen.import.title"),
                            messages.get("holder.screen.import.heading", outcome.file().getFileName()),
                            messages.get("holder.screen.import.summary", report.created(), report.updated(),
                                    report.rejected().size()),
                            outcome.headings(), report.rejected()), messages, files, executor, owner).show();
                })
                .onCancelled(() -> dialogs.info(owner, messages.get("holder.screen.import.title"),
                        messages.get("holder.screen.import.cancelled")))
                .onFailure(failure -> dialogs.error(owner, messages.get("holder.screen.import.title"),
                        explain(failure))));
    }

    private String explain(Throwable failure) {
        if (failure instanceof CsvRefusedException refused) {
            return messages.get("holder.screen.import.refused", refused.reasons().stream()
                    .map(r -> messages.get(r.messageKey(), r.args().toArray())).collect(Collectors.joining("; ")));
        }
        return messages.get("holder.screen.import.failed", new FailureExplainer(messages).reason(failure));
    }
}
