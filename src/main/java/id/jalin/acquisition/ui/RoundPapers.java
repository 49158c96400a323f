package id.jalin.acquisition.ui;

import id.jalin.kernel.ui.ScreenTasks;
import id.jalin.acquisition.domain.AcquisitionMember;
import id.jalin.acquisition.domain.JointAcquisition;
import id.jalin.acquisition.domain.ProposalLine;
import id.jalin.acquisition.domain.PurchaseRound;
import id.jalin.acquisition.domain.RoundStatus;
import id.jalin.acquisition.print.MemberStatementPdf;
import id.jalin.acquisition.print.OrderListPdf;
import id.jalin.acquisition.print.OrderListXlsx;
import id.jalin.acquisition.print.RoundSummaryPdf;
import id.jalin.acquisition.print.RoundSummaryXlsx;
import id.jalin.forum.domain.ForumProfileService;
import id.jalin.kernel.files.AtomicFileWriter;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.ui.FileDialogs;
import id.jalin.kernel.ui.FileOpener;
import id.jalin.kernel.ui.FileWrittenNotice;
import id.jalin.kernel.ui.FormDialog;
import id.jalin.kernel.ui.FormGrid;
import id.jalin.kernel.ui.ShownAs;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.layout.FlowPane;

/**
 * The round's papers from its detail: the order list (PDF, XLSX) once proposals are frozen, a member's statement
 * (PDF) and the round's summary (XLSX, PDF), each through the file chooser and written in the background.
 */
final class RoundPapers {
    private final JointAcquisition acquisition;
    private final ForumProfileService forum;
    private final ScreenTasks tasks;
    private final AcquisitionWords words;
    private final Messages messages;
    private final FileDialogs files;
    private final FileOpener opener;
    private final AcquisitionPapers papers;
    private LetterDialog letter;

    RoundPapers(JointAcquisition acquisition, ForumProfileService forum, ScreenTasks tasks, AcquisitionWords words,
                FileDialogs files, FileOpener opener) {
        this.acquisition = acquisition;
        this.forum = forum;
        this.tasks = tasks;
        this.words = words;
        this.messages = words.messages();
        this.files = files;
        this.opener = opener;
        this.papers = new AcquisitionPapers(words::member, messages.get("acquisition.ui.papers.noVendor"));
    }

    /** Puts the buttons that make sense for the round into {@code pane}. */
    void offer(FlowPane pane, PurchaseRound round) {
        pane.getChildren().clear();
        boolean frozen = round.status() != RoundStatus.OPEN && round.status() != RoundStatus.CANCELLED;
        if (frozen) {
            pane.getChildren().add(button("acqOrderPdf", "acquisition.ui.papers.orderPdf", () -> orderList(round,
                    true)));
            pane.getChildren().add(button("acqOrderXlsx", "acquisition.ui.papers.orderXlsx", () -> orderList(round,
                    false)));
        }
        pane.getChildren().add(button("acqStatement", "acquisition.ui.papers.statement", () -> statement(round)));
        pane.getChildren().add(button("acqSummaryXlsx", "acquisition.ui.papers.summaryXlsx", () -> summary(round,
                false)));
        pane.getChildren().add(button("acqSummaryPdf", "acquisition.ui.papers.summaryPdf", () -> summary(round,
                true)));
    }

    private Button button(String id, String key, Runnable action) {
        Button button = new Button(messages.get(key));
        button.setId(id);
        button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        button.setOnAction(event -> action.run());
        return button;
    }

    private void orderList(PurchaseRound round, boolean pdf) {
        String title = messages.get(pdf ? "acquisition.ui.papers.orderPdf" : "acquisition.ui.papers.orderXlsx");
        var profile = forum.profile();
        tasks.run(title, progress -> {
            var lines = acquisition.orderLines(round.id());
            // the round's letter number, given the first time its order list is printed and the same ever after
            return new OrderToPrint(lines, lines.isEmpty() ? "" : acquisition.orderLetter(round, profile.code()));
        }, toPrint -> {
            var order = toPrint.lines();
            if (order.isEmpty()) {
                tasks.dialogs().info(tasks.window(), title, messages.get("acquisition.ui.papers.nothingOrdered"));
                return;
            }
            if (letter == null) {
                letter = new LetterDialog(profile.city());
            }
            letter.numbered(toPrint.letterNumber());
            askLetter(profile, Map.of(), details -> save(title, pdf ? FileDialogs.FileKind.PDF
                    : FileDialogs.FileKind.XLSX, messages.get("acquisition.ui.papers.orderFile") + (pdf ? ".pdf"
                    : ".xlsx"), path -> {
                var list = papers.orderList(profile, round, order, details);
                new AtomicFileWriter().write(path, out -> {
                    if (pdf) {
                        new OrderListPdf(messages).write(list, out);
                    } else {
                        new OrderListXlsx(messages).write(list, out);
                    }
                });
            }, pdf));
        });
    }

    /** The lines of an order list and the letter number it goes out under. */
    private record OrderToPrint(List<id.jalin.acquisition.domain.OrderLine> lines, String letterNumber) {
    }

    /** Asks for the letter's details until a number is given, then goes on with them. */
    private void askLetter(id.jalin.forum.domain.ForumProfile profile, Map<String, String> errors,
                           java.util.function.Consumer<AcquisitionPapers.Letter> then) {
        letter.ask(tasks.window(), messages, profile, acquisition.today(), errors).ifPresent(typed -> {
            if (typed.number().isEmpty()) {
                javafx.application.Platform.runLater(() -> askLetter(profile, Map.of("letterNumber",
                        messages.get("acquisition.ui.letter.needed")), then));
            } else {
                then.accept(typed);
            }
        });
    }

    private void statement(PurchaseRound round) {
        String title = messages.get("acquisition.ui.papers.statement");
        tasks.run(title, progress -> acquisition.lines(round.id()), lines -> {
            List<Long> ids = new ArrayList<>(round.participants().keySet());
            lines.stream().map(ProposalLine::memberId).filter(id -> !ids.contains(id)).distinct().forEach(ids::add);
            List<AcquisitionMember> candidates = ids.stream().map(words::member).filter(java.util.Objects::nonNull)
                    .toList();
            if (candidates.isEmpty()) {
                return;
            }
            ComboBox<AcquisitionMember> choice = new ComboBox<>();
            choice.setId("acqStatementMember");
            choice.getItems().setAll(candidates);
            choice.setConverter(ShownAs.words(value -> value == null ? "" : value.code() + " \u2013 "
                    + value.name()));
            choice.setValue(acquisition.ownLibrary().map(words::member).filter(candidates::contains)
                    .orElse(candidates.get(0)));
            FormDialog.ask(tasks.window(), messages, "acqStatementFor", title,
                    messages.get("acquisition.ui.papers.next"), new FormGrid().row("member",
                            messages.get("acquisition.ui.papers.member"), choice), Map.of(), choice::getValue)
                    .ifPresent(chosen -> save(title, FileDialogs.FileKind.PDF,
                            messages.get("acquisition.ui.papers.statementFile", chosen.code()) + ".pdf", path -> {
                                var statement = papers.statement(forum.profile(), round, lines, chosen.id(),
                                        acquisition.today());
                                new AtomicFileWriter().write(path, out -> new MemberStatementPdf(messages)
                                        .write(statement, out));
                            }, true));
        });
    }

    private void summary(PurchaseRound round, boolean pdf) {
        String title = messages.get(pdf ? "acquisition.ui.papers.summaryPdf" : "acquisition.ui.papers.summaryXlsx");
        save(title, pdf ? FileDialogs.FileKind.PDF : FileDialogs.FileKind.XLSX,
                messages.get("acquisition.ui.papers.summaryFile") + (pdf ? ".pdf" : ".xlsx"), path -> {
                    var summary = papers.summary(forum.profile(), round, acquisition.lines(round.id()),
                            acquisition.today());
                    new AtomicFileWriter().write(path, out -> {
                        if (pdf) {
                            new RoundSummaryPdf(messages).write(summary, out);
                        } else {
                            new RoundSummaryXlsx(messages).write(summary, out);
                        }
                    });
                }, pdf);
    }

    /** Writes the paper where the user chooses, in the background with progress, then says where it went. */
    private void save(String title, FileDialogs.FileKind kind, String suggested, Writing writing, boolean openNow) {
        files.save(tasks.window(), title, kind, suggested).ifPresent(path -> tasks.runLong(title, progress -> {
            writing.write(path);
            return path;
        }, written -> new FileWrittenNotice(messages, opener).show(tasks.window(), title, written, openNow)));
    }

    @FunctionalInterface
    private interface Writing {
        void write(Path path) throws Exception;
    }
}
