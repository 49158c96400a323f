package id.jalin.kernel.ui;

import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.importing.FileImport;
import id.jalin.kernel.importing.ImportPlan;
import id.jalin.kernel.importing.ImportRefusedException;
import id.jalin.kernel.importing.ImportResult;
import id.jalin.kernel.importing.Importer;
import id.jalin.kernel.task.BackgroundTask;
import id.jalin.kernel.task.ProgressSpan;
import id.jalin.kernel.task.TaskExecutor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.stage.Window;

/**
 * An import as the user runs it: pick a CSV or XLSX file, read and store it in the background with progress and
 * Cancel, then show the {@link ImportReportDialog}. A refused file or a failure is explained in words from the
 * bundles. Each import brings its words under a key prefix: {@code .choose}, {@code .progress}, {@code .title},
 * {@code .heading}, {@code .cancelled}, {@code .refused}, {@code .failed} and {@code .rejectedHeading}.
 */
public final class ImportAction<T, R extends ImportResult> {
    private final Importer<T, R> importer;
    private final String keyPrefix;
    private final String dialogId;
    private final Function<R, String> summary;
    private final TaskExecutor executor;
    private final Messages messages;
    private final FileDialogs files;

    /**
     * @param dialogId the report dialog's id
     * @param summary  what the report says at the top about one import's result, in the user's words
     */
    public ImportAction(Importer<T, R> importer, String keyPrefix, String dialogId, Function<R, String> summary,
                        TaskExecutor executor, Messages messages, FileDialogs files) {
        this.importer = Objects.requireNonNull(importer);
        this.keyPrefix = keyPrefix;
        this.dialogId = dialogId;
        this.summary = summary;
        this.executor = executor;
        this.messages = messages;
        this.files = files;
    }

    /** What one import stored and refused, with the file's headings to write refused rows back. */
    private record SaveResult<R>(Path file, List<String> headings, R report) {
    }

    public void run(Window owner, Runnable afterImport) {
        files.open(owner, messages.get(keyPrefix + ".choose"), FileDialogs.FileKind.SPREADSHEET)
                .ifPresent(file -> start(owner, file, afterImport));
    }

    public void start(Window owner, Path file, Runnable afterImport) {
        Dialogs dialogs = new Dialogs(messages);
        String title = messages.get(keyPrefix + ".title");
        executor.execute(BackgroundTask.wrap(progress -> {
                    try (InputStream in = Files.newInputStream(file)) {
                        ImportPlan<T> plan = importer.read(in, new ProgressSpan(progress, 0, FileImport.READ_SHARE));
                        R report = importer.apply(plan, new ProgressSpan(progress, FileImport.READ_SHARE,
                                ProgressSpan.WHOLE));
                        return new SaveResult<>(file, plan.headings(), report);
                    }
                })
                .withProgress(messages.get(keyPrefix + ".progress", file.getFileName()))
                .onSuccess(outcome -> {
                    afterImport.run();
                    new ImportReportDialog(new ImportReportDialog.Result(dialogId, keyPrefix, title,
                            messages.get(keyPrefix + ".heading", outcome.file().getFileName()),
                            summary.apply(outcome.report()), outcome.headings(), outcome.report().rejected()),
                            messages, files, executor, owner).show();
                })
                .onCancelled(() -> dialogs.info(owner, title, messages.get(keyPrefix + ".cancelled")))
                .onFailure(failure -> dialogs.error(owner, title, explain(failure))));
    }

    private String explain(Throwable failure) {
        if (failure instanceof ImportRefusedException refused) {
            return messages.get(keyPrefix + ".refused", refused.reasons().stream()
                    .map(r -> messages.get(r.messageKey(), r.args().toArray())).collect(Collectors.joining("; ")));
        }
        if (failure instanceof IOException) {
            return messages.get("import.unreadable", new FailureExplainer(messages).reason(failure));
        }
        return messages.get(keyPrefix + ".failed", new FailureExplainer(messages).reason(failure));
    }
}
