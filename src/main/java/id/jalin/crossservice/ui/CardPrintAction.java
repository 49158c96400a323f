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
import id.jalin.kernel.ui.FailureExplainer;
import id.jalin.kernel.ui.FileDialogs;
import id.jalin.kernel.ui.FileOpener;
import id.jalin.kernel.ui.FileWrittenNotice;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
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

    /**
     * Prints the selected rows that have an active card or, with none selected, every holder of the library that
     * has one (read from the database, not from the page on screen).
     */
    void run(Window owner, List<HolderRow> selected, long homeLibraryId, String homeLibraryName) {
        if (!selected.isEmpty()) {
            ask(owner, CardFaces.selectedToPrint(selected), homeLibraryName);
            return;
        }
        executor.execute(BackgroundTask.wrap(progress -> faces.allToPrint(homeLibraryId))
                .onSuccess(ids -> ask(owner, ids, homeLibraryName))
                .onFailure(failure -> new Dialogs(messages).error(owner, messages.get("card.screen.print.title"),
                        messages.get("holder.screen.loadFailed", new FailureExplainer(messages).reason(failure)))));
    }

    private void ask(Window owner, List<Long> rows, String homeLibraryName) {
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

    void start(Window owner, List<Long> rows, String homeLibraryName, Target target, Path path) {
        CardSheetSettings settings = calibration.get();
        executor.execute(BackgroundTask.wrap(progress -> {
                    // Read with the work, off the FX thread: the cards wait for the forum, never print without it.
                    CardForum issuer = forum.get();
                    if (issuer.forumName().isBlank()) {
                        throw new ForumNotNamedException();
                    }
                    write(faces.faces(rows, homeLibraryName, progress), rows.size(), issuer, settings, target, path,
                            progress);
                    return path;
                })
                .withProgress(messages.get("card.screen.print.progress", rows.size()))
                .onSuccess(written -> new FileWrittenNotice(messages, opener).show(owner,
                        messages.get("written.print.cards"), written, true))
                .onFailure(failure -> new Dialogs(messages).error(owner, messages.get("card.screen.print.title"),
                        failure instanceof ForumNotNamedException
                                ? messages.get("card.screen.print.forumUnnamed")
                                : messages.get("common.error.writeFailed", path,
                                        new FailureExplainer(messages).reason(failure)))));
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
        write(cards.iterator(), cards.size(), issuer, settings, target, path, progress);
    }

    /** As above, the cards read one at a time as they are drawn; {@code count} is for the progress bar. */
    static void write(Iterator<CardFace> cards, int count, CardForum issuer, CardSheetSettings settings,
                      Target target, Path path, Progress progress) throws IOException {
        new AtomicFileWriter().write(path, out -> {
            if (target == Target.A4_SHEETS) {
                new CardSheetPdf(issuer).write(cards, count, settings, out, progress);
            } else {
                new CardPrinterPdf(issuer).write(cards, count, out, progress);
            }
        });
    }
}
