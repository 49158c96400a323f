package id.jalin.agreement.ui;

import id.jalin.kernel.ui.FailureExplainer;
import id.jalin.agreement.domain.Agreement;
import id.jalin.agreement.domain.AgreementService;
import id.jalin.agreement.domain.ClauseTemplate;
import id.jalin.agreement.print.AgreementPdf;
import id.jalin.agreement.print.PrintLanguage;
import id.jalin.kernel.files.AtomicFileWriter;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.task.BackgroundTask;
import id.jalin.kernel.task.TaskExecutor;
import id.jalin.kernel.ui.Dialogs;
import id.jalin.kernel.ui.FileDialogs;
import id.jalin.kernel.ui.FileOpener;
import id.jalin.kernel.ui.FileWrittenNotice;
import id.jalin.kernel.validation.SaveResult;
import id.jalin.kernel.validation.Validation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;

/** The editor's actions that leave the form: print, renew, the scanned copy, and the clause library. */
final class AgreementActions {
    private final AgreementService service;
    private final TaskExecutor executor;
    private final Messages messages;
    private final FileDialogs files;
    private final FileOpener opener;
    private final Dialogs dialogs;

    AgreementActions(AgreementService service, TaskExecutor executor, Messages messages, FileDialogs files,
                     FileOpener opener) {
        this.service = service;
        this.executor = executor;
        this.messages = messages;
        this.files = files;
        this.opener = opener;
        this.dialogs = new Dialogs(messages);
    }

    void pickClauses(Node owner, Consumer<List<ClauseTemplate>> insert) {
        executor.execute(BackgroundTask.wrap(progress -> service.clauseLibrary()).titled(messages.get("agreement.task.clauses"))
                .onSuccess(library -> new ClausePickerDialog(messages, Dialogs.windowOf(owner), library).showAndWait()
                        .ifPresent(insert)));
    }

    /** Asks which language, then writes the PDF of the stored agreement in the background and opens it. */
    void print(Node owner, AgreementEditorViewModel model) {
        Agreement agreement = model.current();
        if (agreement == null || agreement.isNew()) {
            return;
        }
        ButtonType both = new ButtonType(messages.get("agreement.print.bilingual"), ButtonBar.ButtonData.OK_DONE);
        ButtonType indonesian = new ButtonType(messages.get("agreement.print.indonesian"), ButtonBar.ButtonData.OTHER);
        ButtonType english = new ButtonType(messages.get("agreement.print.english"), ButtonBar.ButtonData.OTHER);
        var answer = dialogs.choose(Dialogs.windowOf(owner), messages.get("agreement.print.title"),
                messages.get("agreement.print.question"), both, indonesian, english, dialogs.cancel());
        if (answer.isEmpty() || answer.get().getButtonData() == ButtonBar.ButtonData.CANCEL_CLOSE) {
            return;
        }
        PrintLanguage language = answer.get() == indonesian ? PrintLanguage.INDONESIAN
                : answer.get() == english ? PrintLanguage.ENGLISH : PrintLanguage.BILINGUAL;
        String suggested = agreement.number().text().replaceAll("[^A-Za-z0-9-]+", "-") + ".pdf";
        files.save(Dialogs.windowOf(owner), messages.get("agreement.print.title"), FileDialogs.FileKind.PDF, suggested)
                .ifPresent(path -> executor.execute(BackgroundTask.wrap(progress -> {
                            write(agreement, language, path);
                            return path;
                        })
                        .withProgress(messages.get("agreement.print.progress", agreement.number().text()))
                        .onSuccess(written -> new FileWrittenNotice(messages, opener).show(Dialogs.windowOf(owner),
                                messages.get("written.print.agreement"), written, true))));
    }

    private void write(Agreement agreement, PrintLanguage language, Path path) throws java.io.IOException {
        new AtomicFileWriter().write(path, out -> new AgreementPdf(service.forumProfile()).write(agreement, language, out));
    }

    void renew(Node owner, AgreementEditorViewModel model) {
        Agreement agreement = model.current();
        if (agreement != null && dialogs.confirm(Dialogs.windowOf(owner), messages.get("agreement.renew.title"),
                messages.get("agreement.renew.confirm", agreement.number().text()), messages.get("agreement.action.renew"))) {
            model.renew();
        }
    }

    /** Shows the scanned signed copy if there is one, and offers to attach or replace it. */
    void attachment(Node owner, AgreementEditorViewModel model) {
        Agreement agreement = model.current();
        if (agreement == null || agreement.isNew()) {
            return;
        }
        executor.execute(BackgroundTask.wrap(progress -> service.attachment(agreement.id())).titled(messages.get("agreement.task.attachment")).onSuccess(existing -> {
            ButtonType open = new ButtonType(messages.get("agreement.attachment.open"), ButtonBar.ButtonData.OK_DONE);
            ButtonType replace = new ButtonType(messages.get(existing.isPresent() ? "agreement.attachment.replace"
                    : "agreement.attachment.attach"), ButtonBar.ButtonData.OTHER);
            String text = existing.map(a -> messages.get("agreement.attachment.present", a.fileName(),
                    messages.dateTime(a.addedAt()))).orElse(messages.get("agreement.attachment.none"));
            // Only forum staff are offered attaching or replacing the scan; everyone may open it.
            boolean mayAttach = service.mayChange();
            var answer = existing.isPresent()
                    ? mayAttach ? dialogs.choose(Dialogs.windowOf(owner), messages.get("agreement.attachment.title"),
                    text, open, replace, dialogs.cancel())
                    : dialogs.choose(Dialogs.windowOf(owner), messages.get("agreement.attachment.title"), text, open,
                    dialogs.cancel())
                    : mayAttach ? dialogs.choose(Dialogs.windowOf(owner), messages.get("agreement.attachment.title"),
                    text, replace, dialogs.cancel())
                    : dialogs.choose(Dialogs.windowOf(owner), messages.get("agreement.attachment.title"), text,
                    dialogs.cancel());
            if (answer.filter(open::equals).isPresent()) {
                openAttachment(owner, existing.get());
            } else if (answer.filter(replace::equals).isPresent()) {
                chooseAndAttach(owner, agreement);
            }
        }));
    }

    private void openAttachment(Node owner, id.jalin.agreement.domain.Attachment attachment) {
        executor.execute(BackgroundTask.wrap(progress -> {
                    String name = attachment.fileName().replaceAll("[^A-Za-z0-9._-]+", "_");
                    Path folder = Files.createTempDirectory("jalin-scan");
                    Path file = folder.resolve(name);
                    Files.write(file, attachment.content());
                    file.toFile().deleteOnExit();
                    folder.toFile().deleteOnExit();
                    return file;
                })
                .onSuccess(opener::open)
                .onFailure(failure -> dialogs.error(Dialogs.windowOf(owner), messages.get("agreement.attachment.title"),
                        new FailureExplainer(messages).reason(failure))));
    }

    private void chooseAndAttach(Node owner, Agreement agreement) {
        files.open(Dialogs.windowOf(owner), messages.get("agreement.attachment.choose"), FileDialogs.FileKind.SCAN)
                .ifPresent(path -> executor.execute(BackgroundTask.wrap(progress -> {
                            long size = Files.size(path);
                            if (size > id.jalin.agreement.domain.Attachment.MAX_BYTES) {
                                return Validation.builder().error("attachment", "agreement.error.attachment.tooLarge",
                                        id.jalin.agreement.domain.Attachment.MAX_BYTES / (1024 * 1024)).build();
                            }
                            SaveResult<?> attached = service.attach(agreement.id(), path.getFileName().toString(),
                                    Files.readAllBytes(path));
                            return attached instanceof SaveResult.Invalid<?> invalid ? invalid.validation()
                                    : attached.isSaved() ? Validation.ok() : null;
                        })
                        .onSuccess(validation -> {
                            if (validation == null) {
                                // The agreement itself was deleted meanwhile; nothing was attached.
                                dialogs.error(Dialogs.windowOf(owner), messages.get("agreement.attachment.title"),
                                        messages.get("failure.reason.record_deleted"));
                            } else if (validation.isValid()) {
                                dialogs.info(Dialogs.windowOf(owner), messages.get("agreement.attachment.title"),
                                        messages.get("agreement.attachment.saved", path.getFileName()));
                            } else {
                                dialogs.error(Dialogs.windowOf(owner), messages.get("agreement.attachment.title"),
                                        validation.errors().stream().map(e -> messages.get(e.messageKey(), e.args().toArray()))
                                                .collect(Collectors.joining("\n")));
                            }
                        })
                        .onFailure(failure -> dialogs.error(Dialogs.windowOf(owner), messages.get("agreement.attachment.title"),
                                messages.get("import.unreadable", new FailureExplainer(messages).reason(failure))))));
    }
}
