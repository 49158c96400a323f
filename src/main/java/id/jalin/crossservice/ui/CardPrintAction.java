package id.jalin.crossservice.ui;

import id.jalin.crossservice.print.CardFace;
import id.jalin.crossservice.print.CardForum;
import id.jalin.crossservice.print.CardPrinterPdf;
import id.jalin.crossservice.print.CardSheetPdf;
import id.jalin.crossservice.print.CardSheetSettings;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.task.BackgroundTask;
import id.jalin.kernel.task.Progress;
import id.jalin.kernel.task.TaskExecutor;
import id.jalin.kernel.ui.Dialogs;
import id.jalin.kernel.ui.FileDialogs;
import id.jalin.kernel.ui.FileOpener;
import id.jalin.kernel.ui.FileWrittenNotice;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
        CardForum issuer = forum.get();
        CardSheetSettings settings = calibration.get();
        executor.execute(BackgroundTask.wrap(progress -> {
                    write(faces.faces(rows, homeLibraryName, progress), issuer, settings, target, path, progress);
                    return path;
                })
                .withProgress(messages.get("card.screen.print.progress", rows.size()))
                .onSuccess(written -> new FileWrittenNotice(messages, opener).show(owner,
                        messages.get("written.print.cards"), written, true)));
    }

    /** Writes to a temporary file beside the target first, so a Cancel or a failure leaves no half PDF. */
    static void write(List<CardFace> cards, CardForum issuer, CardSheetSettings settings, Target target, Path path,
                      Progress progress) throws IOException {
        Path folder = path.toAbsolutePath().getParent();
        Path temporary = Files.createTempFile(folder, ".jalin-cards", ".pdf");
        try (OutputStream out = Files.newOutputStream(temporary)) {
            if (target == Target.A4_SHEETS) {
                new CardSheetPdf(issuer).write(cards, settings, out, progress);
            } else {
                new CardPrinterPdf(issuer).write(cards, out, progress);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
        Files.move(temporary, path, StandardCopyOption.REPLACE_EXISTING);
    }
}
