package id.jalin.crossservice.ui;

import id.jalin.crossservice.print.CardFace;
import id.jalin.crossservice.print.CardForum;
import id.jalin.crossservice.print.CardPrinterPdf;
import id.jalin.crossservice.print.CardSheetPdf;
import id.jalin.crossservice.print.CardSheetSettings;
import id.jalin.kernel.files.AtomicFileWriter;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.task.BackgroundTask;
import id.jalin.kernel.task.Progress;
import id.jalin.kernel.task.TaskExecutor;
import id.jalin.kernel.ui.Dialogs;
import id.jalin.kernel.ui.FileDialogs;
import id.jalin.kernel.ui.FileOpener;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** Print cards: choose A4 sheets or a card printer, then a file; writes it in the background and opens it. */
final class CardPrintAction {
    /** Where the cards go: A4 sheets with crop marks and mirrored backs, or one CR80 card per page. */
    enum Target { A4_SHEETS, CARD_PRINTER }

    private final CardFaces faces;
    private final TaskExecutor executor;
    private final Messages messages;
    private final FileDialogs files;
    private final FileOpener opener;
    private final Supplier<CardForum> forum;
    private final Supplier<CardSheetSettings> calibration;

    CardPrintAction(CardFaces faces, TaskExecutor executor, Messages messages, FileDialogs files, FileOpener opener,
                    Supplier<CardForum> forum, Supplier<CardSheetSettings> calibration) {
        this.faces = faces;
        this.executor = executor;
        this.messages = messages;
        this.files = files;
        this.opener = opener;
        this.forum = forum;
        this.calibration = calibration;
    }

    void run(Window owner, List<HolderRow> rows, String homeLibraryName) {
        Dialogs dialogs = new Dialogs(messages);
        if (rows.isEmpty()) {
            dialogs.info(owner, messages.get("card.screen.print.title"), messages.get("card.screen.print.nothing"));
            return;
        }
        ButtonType sheets = new ButtonType(messages.get("card.screen.print.sheets"), ButtonBar.ButtonData.YES);
        ButtonType printer = new ButtonType(messages.get("card.screen.print.printer"), ButtonBar.ButtonData.NO);
        Optional<ButtonType> answer = dialogs.choose(owner, messages.get("card.screen.print.title"),
                messages.get("card.screen.print.question", rows.size()), sheets, printer, dialogs.cancel());
        if (answer.isEmpty() || answer.get() != sheets && answer.get() != printer) {
            return;
        }
        Target target = answer.get() == sheets ? Target.A4_SHEETS : Target.CARD_PRINTER;
        files.save(owner, messages.get("card.screen.print.title"), FileDialogs.FileKind.PDF,
                        messages.get("card.screen.print.fileName") + ".pdf")
                .ifPresent(path -> start(owner, rows, homeLibraryName, target, path));
    }

    void start(Window owner, List<HolderRow> rows, String homeLibraryName, Target target, Path path) {
        CardSheetSettings settings = calibration.get();
        executor.execute(BackgroundTask.wrap(progress -> {
                    // Read with the work, off the FX thread: the cards wait for the forum, never print without it.
                    CardForum issuer = forum.get();
                    if (issuer.forumName().isBlank()) {
                        throw new ForumNotNamedException();
                    }
                    write(faces.faces(rows, homeLibraryName, progress), issuer, settings, target, path, progress);
                    return path;
                })
                .withProgress(messages.get("card.screen.print.progress", rows.size()))
                .onSuccess(opener::open)
                .onFailure(failure -> new Dialogs(messages).error(owner, messages.get("card.screen.print.title"),
                        failure instanceof ForumNotNamedException
                                ? messages.get("card.screen.print.forumUnnamed")
                                : messages.get("common.error.writeFailed", path, String.valueOf(failure.getMessage())))));
    }

    /** The forum has no name yet (File, Forum profile): a card without the issuer's name is no card. */
    static final class ForumNotNamedException extends RuntimeException {
        ForumNotNamedException() {
            super("The forum has no name yet");
        }
    }

    /** Writes to a temporary file beside the target first, so a Cancel or a failure leaves no half PDF. */
    static void write(List<CardFace> cards, CardForum issuer, CardSheetSettings settings, Target target, Path path,
                      Progress progress) throws IOException {
        new AtomicFileWriter().write(path, out -> {
            if (target == Target.A4_SHEETS) {
                new CardSheetPdf(issuer).write(cards, settings, out, progress);
            } else {
                new CardPrinterPdf(issuer).write(cards, out, progress);
            }
        });
    }
}
