package id.jalin.member.ui;

import id.jalin.kernel.ui.FailureExplainer;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.task.BackgroundTask;
import id.jalin.kernel.task.TaskExecutor;
import id.jalin.kernel.ui.Dialogs;
import id.jalin.kernel.ui.FileDialogs;
import id.jalin.kernel.ui.ImportReportDialog;
import id.jalin.kernel.validation.FieldError;
import id.jalin.kernel.csv.CsvRefusedException;
import id.jalin.member.domain.csv.ImportPlan;
import id.jalin.member.domain.csv.ImportReport;
import id.jalin.member.domain.csv.MemberImportService;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import javafx.stage.Window;

/** Import CSV: pick a file, read and store it in the background with progress, then show what happened. */
public final class MemberImportAction {
    private final MemberImportService service;
    private final TaskExecutor executor;
    private final Messages messages;
    private final FileDialogs files;

    public MemberImportAction(MemberImportService service, TaskExecutor executor, Messages messages,
                              FileDialogs files) {
        this.service = service;
        this.executor = executor;
        this.messages = messages;
        this.files = files;
    }

    /** What one import stored and refused, with the file's headings to write refused rows back. */
    record Outcome(Path file, List<String> headings, ImportReport report) {
    }

    public void run(Window owner, Runnable afterImport) {
        files.open(owner, messages.get("member.import.choose"), FileDialogs.FileKind.CSV)
                .ifPresent(file -> start(owner, file, afterImport));
    }

    void start(Window owner, Path file, Runnable afterImport) {
        Dialogs dialogs = new Dialogs(messages);
        executor.execute(BackgroundTask.wrap(progress -> {
                    try (InputStream in = Files.newInputStream(file)) {
                        ImportPlan plan = service.read(in, progress);
                        return new Outcome(file, plan.headings(), service.apply(plan, progress));
                    }
                })
                .withProgress(messages.get("member.import.progress", file.getFileName()))
                .onSuccess(outcome -> {
                    afterImport.run();
                    var report = outcome.report();
                    new ImportReportDialog(new ImportReportDialog.Result("importReport", "member.import",
                            messages.get("member.import.title"),
                            messages.get("member.import.heading", outcome.file().getFileName()),
                            messages.get("member.import.summary", report.created(), report.updated(),
                                    report.staffAdded(), report.staffUpdated(), report.rejected().size()),
                            outcome.headings(), report.rejected()), messages, files, executor, owner).show();
                })
                .onCancelled(() -> dialogs.info(owner, messages.get("member.import.title"),
                        messages.get("member.import.cancelled")))
                .onFailure(failure -> dialogs.error(owner, messages.get("member.import.title"), explain(failure))));
    }

    private String explain(Throwable failure) {
        if (failure instanceof CsvRefusedException refused) {
            return messages.get("member.import.refused", describe(refused.reasons()));
        }
        if (failure instanceof java.io.IOException) {
            return messages.get("member.import.unreadable", new FailureExplainer(messages).reason(failure));
        }
        return messages.get("member.import.failed", new FailureExplainer(messages).reason(failure));
    }

    String describe(List<FieldError> reasons) {
        return reasons.stream().map(r -> messages.get(r.messageKey(), r.args().toArray()))
                .collect(Collectors.joining("; "));
    }
}
