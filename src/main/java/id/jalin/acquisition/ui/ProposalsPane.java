package id.jalin.acquisition.ui;

import id.jalin.kernel.ui.ScreenTasks;
import id.jalin.acquisition.domain.AcquisitionMember;
import id.jalin.acquisition.domain.Decision;
import id.jalin.acquisition.domain.DuplicateFlag;
import id.jalin.acquisition.domain.ItemFormat;
import id.jalin.acquisition.domain.JointAcquisition;
import id.jalin.acquisition.domain.LineSort;
import id.jalin.acquisition.domain.ProposalImportReport;
import id.jalin.acquisition.domain.ProposalLine;
import id.jalin.acquisition.domain.PurchaseRound;
import id.jalin.acquisition.domain.RoundStatus;
import id.jalin.acquisition.domain.Title;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.money.Money;
import id.jalin.kernel.ui.EmptyListText;
import id.jalin.kernel.ui.FileDialogs;
import id.jalin.kernel.ui.FormDialog;
import id.jalin.kernel.ui.FormGrid;
import id.jalin.kernel.ui.ImportAction;
import id.jalin.kernel.ui.PagedTable;
import id.jalin.kernel.ui.ShownAs;
import id.jalin.kernel.ui.StaleRecordHandler;
import id.jalin.kernel.ui.Styles;
import id.jalin.kernel.ui.TextColumns;
import id.jalin.kernel.validation.SaveResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * A round's proposal lines, a page at a time from the database, each with its duplicate flags and their evidence;
 * a member's staff propose, change, withdraw and import their own library's titles, the coordinator decides and
 * records what arrives. Buttons a reader can never use are not shown; the service checks again.
 */
final class ProposalsPane {
    private final JointAcquisition acquisition;
    private final ScreenTasks tasks;
    private final AcquisitionWords words;
    private final Messages messages;
    private final FileDialogs files;
    private final Runnable changed;
    private final LineListModel model;
    private final TableView<ProposalLine> table = new TableView<>();
    private final Label heading = new Label();
    private final VBox evidence = new VBox(4);
    private final Label reason = new Label();
    private final ComboBox<AcquisitionMember> member = new ComboBox<>();
    private final ComboBox<Decision> decision = new ComboBox<>();
    private final Button propose;
    private final Button importFile;
    private final Button edit;
    private final Button withdraw;
    private final Button accept;
    private final Button acceptDespite;
    private final Button drop;
    private final Button receive;
    private final BorderPane root = new BorderPane();
    private Map<Long, List<DuplicateFlag>> flags = Map.of();
    private PurchaseRound round;

    /** @param changed runs after lines changed, so the round's money and warnings are read again */
    ProposalsPane(JointAcquisition acquisition, ScreenTasks tasks, AcquisitionWords words, FileDialogs files,
                  Runnable changed) {
        this.acquisition = acquisition;
        this.tasks = tasks;
        this.words = words;
        this.messages = words.messages();
        this.files = files;
        this.changed = changed;
        this.propose = button("acqNewProposal", "acquisition.ui.line.new");
        this.importFile = button("acqImport", "acquisition.ui.line.import");
        this.edit = button("acqEditProposal", "acquisition.ui.line.edit");
        this.withdraw = button("acqWithdraw", "acquisition.ui.line.withdraw");
        this.accept = button("acqAccept", "acquisition.ui.line.accept");
        this.acceptDespite = button("acqAcceptDespite", "acquisition.ui.line.acceptDespite");
        this.drop = button("acqDrop", "acquisition.ui.line.drop");
        this.receive = button("acqReceive", "acquisition.ui.line.receive");
        this.model = new LineListModel(acquisition, tasks.executor(), failure -> tasks.fail(
                messages.get("acquisition.ui.tab.lines"), failure));
        build();
    }

    private Button button(String id, String key) {
        Button button = new Button(messages.get(key));
        button.setId(id);
        button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return button;
    }

    Node root() {
        return root;
    }

    private void build() {
        root.setId("acqLines");
        heading.setId("acqLinesHeading");
        heading.getStyleClass().add(Styles.TITLE);
        heading.setWrapText(true);
        member.setId("acqLineMember");
        member.setConverter(ShownAs.words(value -> value == null ? messages.get("acquisition.ui.filter.anyMember")
                : value.code()));
        member.valueProperty().addListener((obs, old, now) -> model.member.set(now == null ? null : now.id()));
        decision.setId("acqLineDecision");
        List<Decision> decisions = new ArrayList<>();
        decisions.add(null);
        decisions.addAll(List.of(Decision.values()));
        decision.getItems().setAll(decisions);
        decision.setConverter(ShownAs.words(value -> value == null ? messages.get("acquisition.ui.filter.anyDecision")
                : messages.label("acquisition.decision", value)));
        decision.setValue(null);
        decision.valueProperty().addListener((obs, old, now) -> model.decision.set(now));
        TextField search = new TextField();
        search.setId("acqLineSearch");
        id.jalin.kernel.ui.ScreenPlace.keepText(search);
        search.setPromptText(messages.get("acquisition.ui.filter.lineSearch"));
        search.setPrefColumnCount(24);
        PagedTable.debounce(search, model.search);
        FlowPane filters = new FlowPane(8, 8, member, decision, search);
        filters.setAlignment(Pos.CENTER_LEFT);
        FlowPane actions = new FlowPane(8, 8, propose, importFile, edit, withdraw, accept, acceptDespite, drop,
                receive);
        actions.setId("acqLineActions");
        propose.setOnAction(event -> newProposal());
        importFile.setOnAction(event -> importProposals());
        edit.setOnAction(event -> selected().ifPresent(line -> editProposal(new ProposalDialog(messages, line,
                proposers(line.memberId())), Map.of())));
        withdraw.setOnAction(event -> selected().ifPresent(this::withdraw));
        accept.setOnAction(event -> selected().ifPresent(line -> decide(line, Decision.ACCEPTED)));
        acceptDespite.setOnAction(event -> selected().ifPresent(line -> decide(line, Decision.ACCEPTED_DESPITE_FLAG)));
        drop.setOnAction(event -> selected().ifPresent(line -> decide(line, Decision.DROPPED)));
        receive.setOnAction(event -> selected().ifPresent(line -> receive(new ReceiveDialog(messages, line,
                acquisition.today()), line, Map.of())));
        buildTable();
        BorderPane list = new BorderPane(table);
        list.setBottom(PagedTable.pager(model.rows(), messages, "acqLinePager"));
        evidence.setId("acqFlags");
        reason.setId("acqDecisionReason");
        reason.setWrapText(true);
        Label flagsHeading = new Label(messages.get("acquisition.ui.flag.heading"));
        flagsHeading.getStyleClass().add(Styles.FORM_SECTION);
        VBox below = new VBox(6, flagsHeading, evidence, reason);
        below.setPadding(new Insets(6));
        ScrollPane belowScroll = new ScrollPane(below);
        belowScroll.setFitToWidth(true);
        SplitPane split = new SplitPane(list, belowScroll);
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.68);
        VBox top = new VBox(8, heading, actions, filters);
        top.setPadding(new Insets(0, 0, 8, 0));
        root.setTop(top);
        root.setCenter(split);
        root.setPadding(new Insets(8));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> showSelected());
        showNothing();
    }

    private void buildTable() {
        table.setId("acqLineTable");
        EmptyListText.on(table, messages.get("acquisition.ui.line.empty"));
        TableColumn<ProposalLine, String> memberColumn = TextColumns.of(messages.get("acquisition.ui.line.member"),
                line -> words.code(line.memberId()));
        memberColumn.setPrefWidth(70);
        TableColumn<ProposalLine, String> title = TextColumns.of(messages.get("acquisition.ui.line.title"),
                line -> line.title().title() + (line.title().isbn().isEmpty() ? "" : "  \u00b7  "
                        + line.title().isbn()));
        title.setPrefWidth(225);
        TableColumn<ProposalLine, String> format = TextColumns.of(messages.get("acquisition.ui.line.format"),
                line -> messages.label("acquisition.format", line.format()) + (line.sharedForAll()
                        ? " \u00b7 " + messages.get("acquisition.ui.line.shared") : ""));
        format.setPrefWidth(95);
        TableColumn<ProposalLine, String> copies = TextColumns.of(messages.get("acquisition.ui.line.copiesShort"),
                line -> String.valueOf(line.copies()));
        copies.setPrefWidth(60);
        copies.getStyleClass().add(Styles.NUMERIC);
        TableColumn<ProposalLine, String> price = TextColumns.of(messages.get("acquisition.ui.line.unitPrice"),
                line -> words.money(line.unitPrice()));
        price.setPrefWidth(105);
        price.getStyleClass().add(Styles.NUMERIC);
        TableColumn<ProposalLine, String> vendor = TextColumns.of(messages.get("acquisition.ui.line.vendor"),
                ProposalLine::vendor);
        vendor.setPrefWidth(100);
        TableColumn<ProposalLine, String> priority = TextColumns.of(messages.get("acquisition.ui.line.priorityShort"),
                line -> String.valueOf(line.priority()));
        priority.setPrefWidth(50);
        TableColumn<ProposalLine, String> decided = TextColumns.of(messages.get("acquisition.ui.line.decision"),
                line -> messages.label("acquisition.decision", line.decision()));
        decided.setPrefWidth(125);
        TableColumn<ProposalLine, String> flagged = TextColumns.of(messages.get("acquisition.ui.line.flags"),
                line -> flags.getOrDefault(line.id(), List.of()).isEmpty() ? ""
                        : "\u26a0 " + flags.get(line.id()).size());
        flagged.setPrefWidth(60);
        TableColumn<ProposalLine, String> received = TextColumns.of(messages.get("acquisition.ui.line.received"),
                line -> line.decision().accepted() ? line.receivedCopies() + " / " + line.copies() : "");
        received.setPrefWidth(80);
        table.getColumns().setAll(List.of(memberColumn, title, format, copies, price, vendor, priority, decided,
                flagged, received));
        Map<TableColumn<ProposalLine, ?>, LineSort> sortable = new LinkedHashMap<>();
        sortable.put(memberColumn, LineSort.MEMBER);
        sortable.put(title, LineSort.TITLE);
        sortable.put(price, LineSort.PRICE);
        sortable.put(vendor, LineSort.VENDOR);
        sortable.put(priority, LineSort.PRIORITY);
        sortable.put(decided, LineSort.DECISION);
        PagedTable.bind(table, model.rows(), sortable);
    }

    /** Shows the round's lines (read again, with their flags), or nothing. */
    void show(PurchaseRound shown) {
        boolean other = round == null || shown == null || !round.id().equals(shown.id());
        round = shown;
        if (shown == null) {
            showNothing();
            return;
        }
        heading.setText(messages.get("acquisition.ui.lines.heading", shown.name(),
                messages.label("acquisition.status", shown.status())));
        if (other) {
            List<AcquisitionMember> choices = new ArrayList<>();
            choices.add(null);
            shown.participants().keySet().stream().map(words::member).filter(java.util.Objects::nonNull)
                    .forEach(choices::add);
            member.getItems().setAll(choices);
            member.setValue(null);
        }
        root.setDisable(false);
        if (shown.id().equals(model.round.get())) {
            reload(null);
        } else {
            model.round.set(shown.id());
            reloadFlags(null);
        }
    }

    private void showNothing() {
        heading.setText(messages.get("acquisition.ui.round.none"));
        model.round.set(null);
        flags = Map.of();
        root.setDisable(true);
        showSelected();
    }

    /** Reads the lines and their flags again, then runs {@code then}. */
    private void reload(Runnable then) {
        model.reload(() -> reloadFlags(then));
    }

    private void reloadFlags(Runnable then) {
        PurchaseRound current = round;
        if (current == null) {
            return;
        }
        tasks.run(messages.get("acquisition.ui.task.flags"), progress -> acquisition.flags(current.id()), found -> {
            Map<Long, List<DuplicateFlag>> byLine = new HashMap<>();
            found.forEach(flag -> byLine.computeIfAbsent(flag.lineId(), id -> new ArrayList<>()).add(flag));
            flags = byLine;
            table.refresh();
            showSelected();
            if (then != null) {
                then.run();
            }
        });
    }

    private Optional<ProposalLine> selected() {
        return Optional.ofNullable(table.getSelectionModel().getSelectedItem());
    }

    private void showSelected() {
        ProposalLine line = table.getSelectionModel().getSelectedItem();
        evidence.getChildren().clear();
        if (line == null) {
            reason.setText("");
        } else {
            List<DuplicateFlag> lineFlags = flags.getOrDefault(line.id(), List.of());
            if (lineFlags.isEmpty()) {
                evidence.getChildren().add(wrapped(messages.get("acquisition.ui.flag.none"), "acqFlagNone"));
            }
            int index = 0;
            for (DuplicateFlag flag : lineFlags) {
                evidence.getChildren().add(wrapped("\u26a0 " + words.evidence(flag), "acqFlag-" + index++));
            }
            reason.setText(line.decisionReason().isEmpty() ? ""
                    : messages.get("acquisition.ui.line.reason", messages.label("acquisition.decision",
                    line.decision()), line.decisionReason()));
        }
        offer(line);
    }

    private static Label wrapped(String text, String id) {
        Label label = new Label(text);
        label.setId(id);
        label.setWrapText(true);
        return label;
    }

    /** Shows only what the reader may do with the round as it stands; the selection enables the line's steps. */
    private void offer(ProposalLine line) {
        boolean manage = round != null && acquisition.mayManage(round);
        boolean deciding = manage && round.status().decisionsOpen();
        boolean proposing = round != null && !proposers(null).isEmpty();
        show(propose, proposing);
        show(importFile, proposing);
        boolean mine = line != null && round != null && acquisition.mayPropose(round, line.memberId());
        show(edit, proposing);
        show(withdraw, proposing);
        edit.setDisable(!mine);
        withdraw.setDisable(!mine);
        show(accept, deciding);
        show(acceptDespite, deciding);
        show(drop, deciding);
        boolean flagged = line != null && !flags.getOrDefault(line.id(), List.of()).isEmpty();
        accept.setDisable(line == null || flagged || line.decision() == Decision.ACCEPTED);
        acceptDespite.setDisable(line == null || !flagged || line.decision() == Decision.ACCEPTED_DESPITE_FLAG);
        drop.setDisable(line == null || line.decision() == Decision.DROPPED);
        show(receive, manage && round.status() == RoundStatus.ORDERED);
        receive.setDisable(line == null || !line.decision().accepted() || line.copiesToReceive() < 1);
    }

    private static void show(Button button, boolean offered) {
        button.setVisible(offered);
        button.setManaged(offered);
    }

    /** The members the reader may propose for in this round now; {@code only} narrows to one. */
    private List<AcquisitionMember> proposers(Long only) {
        if (round == null) {
            return List.of();
        }
        return round.participants().keySet().stream().filter(id -> only == null || only.equals(id))
                .filter(id -> acquisition.mayPropose(round, id)).map(words::member)
                .filter(java.util.Objects::nonNull).toList();
    }

    private void newProposal() {
        List<AcquisitionMember> proposers = proposers(null);
        if (proposers.isEmpty()) {
            return;
        }
        AcquisitionMember first = member.getValue() != null && proposers.contains(member.getValue())
                ? member.getValue() : proposers.get(0);
        ProposalLine blank = ProposalLine.proposed(round.id(), first.id(), new Title("", "", "", "", null, ""),
                ItemFormat.PRINT, false, "", Money.ZERO, 1, 5, "");
        editProposal(new ProposalDialog(messages, blank, proposers), Map.of());
    }

    private void editProposal(ProposalDialog dialog, Map<String, String> errors) {
        dialog.ask(tasks.window(), errors).ifPresent(typed -> {
            if (!typed.errors().isEmpty()) {
                javafx.application.Platform.runLater(() -> editProposal(dialog, typed.errors()));
                return;
            }
            ProposalLine line = typed.line();
            String title = messages.get(line.id() == null ? "acquisition.ui.line.newTitle"
                    : "acquisition.ui.line.editTitle");
            tasks.run(title, progress -> line.id() == null ? acquisition.propose(line)
                    : acquisition.changeProposal(line), result -> {
                if (result instanceof SaveResult.Saved<ProposalLine> saved) {
                    reload(() -> select(saved.value().id()));
                    changed.run();
                } else if (result instanceof SaveResult.Invalid<ProposalLine> invalid) {
                    editProposal(dialog, words.byField(invalid.validation().errors()));
                } else if (result instanceof SaveResult.Conflict conflict) {
                    StaleRecordHandler.withDialogs(messages, tasks::window).handle(conflict, "proposal",
                            () -> reload(null), conflict.deleted() ? null : () -> tasks.run(title,
                                    progress -> acquisition.line(line.id()), stored -> stored.ifPresent(now -> {
                                        dialog.atVersion(now.version());
                                        editProposal(dialog, Map.of());
                                    })));
                }
            });
        });
    }

    private void withdraw(ProposalLine line) {
        String title = messages.get("acquisition.ui.line.withdraw");
        if (!tasks.dialogs().confirm(tasks.window(), title, messages.get("acquisition.ui.line.withdrawAsk",
                line.label()), title)) {
            return;
        }
        tasks.run(title, progress -> acquisition.withdraw(line), result -> outcome(title, line, result));
    }

    private void decide(ProposalLine line, Decision to) {
        askDecision(new ReasonDialog(), line, to, Map.of());
    }

    private void askDecision(ReasonDialog dialog, ProposalLine line, Decision to, Map<String, String> errors) {
        String title = messages.get(switch (to) {
            case ACCEPTED -> "acquisition.ui.line.accept";
            case ACCEPTED_DESPITE_FLAG -> "acquisition.ui.line.acceptDespite";
            default -> "acquisition.ui.line.drop";
        });
        String prompt = messages.get(to == Decision.ACCEPTED ? "acquisition.ui.step.note"
                : "acquisition.ui.step.reason");
        dialog.ask(tasks.window(), messages, title + ": " + line.label(), prompt, title, errors).ifPresent(typed ->
                tasks.run(title, progress -> acquisition.decide(line, to, typed), result -> {
                    if (result instanceof SaveResult.Invalid<ProposalLine> invalid) {
                        askDecision(dialog, line, to, words.byField(invalid.validation().errors()));
                    } else {
                        outcome(title, line, result);
                    }
                }));
    }

    private void receive(ReceiveDialog dialog, ProposalLine line, Map<String, String> errors) {
        String title = messages.get("acquisition.ui.line.receive");
        dialog.ask(tasks.window(), errors).ifPresent(typed -> {
            if (!typed.errors().isEmpty()) {
                javafx.application.Platform.runLater(() -> receive(dialog, line, typed.errors()));
                return;
            }
            tasks.run(title, progress -> acquisition.receive(line, typed.copies(), typed.receivedOn(),
                    typed.invoice()), result -> {
                if (result instanceof SaveResult.Invalid<ProposalLine> invalid) {
                    receive(dialog, line, words.byField(invalid.validation().errors()));
                } else {
                    outcome(title, line, result);
                }
            });
        });
    }

    /** After a step on a line: shows it again, or says why it could not be taken. */
    private void outcome(String title, ProposalLine line, SaveResult<ProposalLine> result) {
        if (result instanceof SaveResult.Saved<ProposalLine>) {
            reload(() -> select(line.id()));
            changed.run();
        } else if (result instanceof SaveResult.Invalid<ProposalLine> invalid) {
            tasks.dialogs().error(tasks.window(), title, words.errors(invalid.validation().errors()));
        } else if (result instanceof SaveResult.Conflict conflict) {
            StaleRecordHandler.withDialogs(messages, tasks::window).handle(conflict, "proposal", () -> reload(null),
                    null);
        }
    }

    private void select(long lineId) {
        table.getItems().stream().filter(line -> line.id() == lineId).findFirst()
                .ifPresent(line -> table.getSelectionModel().select(line));
        showSelected();
    }

    private void importProposals() {
        List<AcquisitionMember> proposers = proposers(null);
        if (proposers.isEmpty()) {
            return;
        }
        chooseMember(proposers).ifPresent(chosen -> new ImportAction<>(acquisition.proposalImport(round.id(),
                chosen.id()), "acquisition.ui.import", "acqImportReport", (ProposalImportReport report) ->
                messages.get("acquisition.ui.import.summary", report.added(), report.rejected().size()),
                tasks.executor(), messages, files).run(tasks.window(), () -> {
                    reload(null);
                    changed.run();
                }));
    }

    private Optional<AcquisitionMember> chooseMember(List<AcquisitionMember> proposers) {
        if (proposers.size() == 1) {
            return Optional.of(proposers.get(0));
        }
        ComboBox<AcquisitionMember> choice = new ComboBox<>();
        choice.setId("acqImportMember");
        choice.getItems().setAll(proposers);
        choice.setConverter(ShownAs.words(value -> value == null ? "" : value.code() + " \u2013 " + value.name()));
        choice.setValue(member.getValue() != null && proposers.contains(member.getValue()) ? member.getValue()
                : proposers.get(0));
        String title = messages.get("acquisition.ui.line.import");
        return FormDialog.ask(tasks.window(), messages, "acqImportFor", title, messages.get("acquisition.ui.import.next"),
                new FormGrid().row("member", messages.get("acquisition.ui.import.member"), choice), Map.of(),
                choice::getValue);
    }
}
