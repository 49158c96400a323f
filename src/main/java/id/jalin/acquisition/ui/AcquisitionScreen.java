package id.jalin.acquisition.ui;

import id.jalin.kernel.ui.ScreenTasks;
import id.jalin.acquisition.domain.AcquisitionMember;
import id.jalin.acquisition.domain.JointAcquisition;
import id.jalin.acquisition.domain.PurchaseRound;
import id.jalin.acquisition.domain.RoundCost;
import id.jalin.acquisition.domain.RoundSort;
import id.jalin.acquisition.domain.RoundStatus;
import id.jalin.acquisition.domain.SplitRule;
import id.jalin.forum.domain.ForumProfileService;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.money.Money;
import id.jalin.kernel.task.TaskExecutor;
import id.jalin.kernel.ui.Dialogs;
import id.jalin.kernel.ui.EmptyListText;
import id.jalin.kernel.ui.FileDialogs;
import id.jalin.kernel.ui.FileOpener;
import id.jalin.kernel.ui.PagedTable;
import id.jalin.kernel.ui.ShownAs;
import id.jalin.kernel.ui.StaleRecordHandler;
import id.jalin.kernel.ui.TextColumns;
import id.jalin.kernel.validation.SaveResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;

/**
 * "Pengadaan bersama": the rounds (paged, by status and name) with the chosen round beside the list — its fields,
 * money, warnings, the moves its status and the reader allow, and its papers — and the round's proposals on a tab
 * of their own.
 */
final class AcquisitionScreen {
    private final JointAcquisition acquisition;
    private final Messages messages;
    private final AcquisitionWords words;
    private final ScreenTasks tasks;
    private final RoundListModel model;
    private final RoundDetailView detail;
    private final ProposalsPane proposals;
    private final RoundPapers papers;
    private final TableView<PurchaseRound> table = new TableView<>();
    private final Button newRound = new Button();
    private final TabPane root = new TabPane();
    private final Tab linesTab;
    private PurchaseRound shown;
    private final id.jalin.kernel.ui.AskedRow asked = new id.jalin.kernel.ui.AskedRow();

    AcquisitionScreen(JointAcquisition acquisition, ForumProfileService forum, TaskExecutor executor,
                      FileDialogs files, FileOpener opener, Messages messages) {
        this.acquisition = acquisition;
        this.messages = messages;
        this.words = new AcquisitionWords(messages);
        this.tasks = new ScreenTasks(executor, messages, () -> Dialogs.windowOf(root));
        this.model = new RoundListModel(acquisition, executor, failure -> tasks.fail(messages.get(
                "acquisition.ui.nav"), failure));
        this.detail = new RoundDetailView(words);
        this.proposals = new ProposalsPane(acquisition, tasks, words, files, this::reopenShown);
        this.papers = new RoundPapers(acquisition, forum, tasks, words, files, opener);
        this.linesTab = new Tab(messages.get("acquisition.ui.tab.lines"), proposals.root());
        build();
        tasks.run(messages.get("acquisition.ui.task.members"), progress -> acquisition.members(), all -> {
            words.members(all);
            newRound.setVisible(!coordinators().isEmpty());
            newRound.setManaged(newRound.isVisible());
            model.refresh();
        });
    }

    Node root() {
        return root;
    }

    private void build() {
        root.setId("acquisitionScreen");
        root.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Tab rounds = new Tab(messages.get("acquisition.ui.tab.rounds"), roundsPane());
        rounds.setId("acqTabRounds");
        linesTab.setId("acqTabLines");
        root.getTabs().setAll(rounds, linesTab);
    }

    private Node roundsPane() {
        newRound.setText(messages.get("acquisition.ui.round.new"));
        newRound.setId("acqNewRound");
        newRound.setOnAction(event -> startRound());
        ComboBox<RoundStatus> status = new ComboBox<>();
        status.setId("acqStatusFilter");
        List<RoundStatus> statuses = new ArrayList<>();
        statuses.add(null);
        statuses.addAll(List.of(RoundStatus.values()));
        status.getItems().setAll(statuses);
        status.setConverter(ShownAs.words(value -> value == null ? messages.get("acquisition.ui.filter.anyStatus")
                : messages.label("acquisition.status", value)));
        status.setValue(null);
        status.valueProperty().addListener((obs, old, now) -> model.status.set(now));
        TextField search = new TextField();
        search.setId("acqRoundSearch");
        id.jalin.kernel.ui.ScreenPlace.keepText(search);
        search.setPromptText(messages.get("acquisition.ui.filter.roundSearch"));
        search.setPrefColumnCount(22);
        PagedTable.debounce(search, model.search);
        FlowPane top = new FlowPane(8, 8, newRound, status, search);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(0, 0, 8, 0));
        buildTable();
        BorderPane list = new BorderPane(table);
        list.setBottom(PagedTable.pager(model.rows(), messages, "acqRoundPager"));
        SplitPane split = new SplitPane(list, detail.root());
        split.setDividerPositions(0.6);
        BorderPane pane = new BorderPane(split);
        pane.setTop(top);
        pane.setPadding(new Insets(8));
        return pane;
    }

    private void buildTable() {
        table.setId("acqRoundTable");
        EmptyListText.on(table, messages.get("acquisition.ui.round.empty"));
        var shortDate = messages.inputDateFormat();
        TableColumn<PurchaseRound, String> name = TextColumns.of(messages.get("acquisition.ui.round.name"),
                PurchaseRound::name);
        name.setPrefWidth(150);
        TableColumn<PurchaseRound, String> coordinator = TextColumns.of(
                messages.get("acquisition.ui.round.coordinatorShort"), round -> words.code(round.coordinatorId()));
        coordinator.setPrefWidth(95);
        TableColumn<PurchaseRound, String> deadline = TextColumns.of(messages.get("acquisition.ui.round.deadline"),
                round -> round.deadline() == null ? "" : shortDate.format(round.deadline()));
        deadline.setPrefWidth(95);
        TableColumn<PurchaseRound, String> statusColumn = TextColumns.of(messages.get("acquisition.ui.round.status"),
                round -> messages.label("acquisition.status", round.status()));
        statusColumn.setPrefWidth(120);
        TableColumn<PurchaseRound, String> budget = TextColumns.of(messages.get("acquisition.ui.round.budget"),
                round -> words.money(round.budget()));
        budget.setPrefWidth(115);
        table.getColumns().setAll(List.of(name, coordinator, deadline, statusColumn, budget));
        Map<TableColumn<PurchaseRound, ?>, RoundSort> sortable = new LinkedHashMap<>();
        sortable.put(name, RoundSort.NAME);
        sortable.put(deadline, RoundSort.DEADLINE);
        sortable.put(statusColumn, RoundSort.STATUS);
        sortable.put(budget, RoundSort.BUDGET);
        PagedTable.bind(table, model.rows(), sortable);
        // the first round in the list is shown at once, so the screen never opens on an empty detail
        model.rows().rows().addListener((javafx.collections.ListChangeListener<PurchaseRound>) change -> {
            if (shown == null && table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
                asked.choose(table, PurchaseRound::id, this::open);
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null && (shown == null || !now.id().equals(shown.id()))) {
                open(now.id());
            }
        });
    }

    /** Reads the round again with its money, and shows it beside the list and on the proposals tab. */
    private void open(long roundId) {
        tasks.run(messages.get("acquisition.ui.task.open"), progress -> acquisition.round(roundId)
                .map(round -> new Opened(round, acquisition.cost(roundId))), opened -> opened.ifPresentOrElse(
                this::show, () -> {
                    shown = null;
                    detail.showNothing();
                    proposals.show(null);
                }));
    }

    private record Opened(PurchaseRound round, RoundCost cost) {
    }

    private void show(Opened opened) {
        PurchaseRound round = opened.round();
        shown = round;
        detail.show(round, opened.cost());
        offerMoves(round);
        papers.offer(detail.papers(), round);
        proposals.show(round);
    }

    /** After lines changed: the round's money and warnings, read again. */
    private void reopenShown() {
        if (shown != null) {
            long id = shown.id();
            tasks.run(messages.get("acquisition.ui.task.open"), progress -> acquisition.round(id)
                    .map(round -> new Opened(round, acquisition.cost(id))), opened -> opened.ifPresent(now -> {
                        shown = now.round();
                        detail.show(now.round(), now.cost());
                        offerMoves(now.round());
                        papers.offer(detail.papers(), now.round());
                    }));
        }
    }

    private void offerMoves(PurchaseRound round) {
        FlowPane moves = detail.moves();
        moves.getChildren().clear();
        if (!acquisition.mayManage(round)) {
            return;
        }
        if (round.status().decisionsOpen()) {
            Button edit = new Button(messages.get("acquisition.ui.round.edit"));
            edit.setId("acqEditRound");
            edit.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            edit.setOnAction(event -> editRound(round));
            moves.getChildren().add(edit);
        }
        for (RoundStatus to : RoundStatus.values()) {
            if (round.status().mayMoveTo(to)) {
                Button move = new Button(moveLabel(to));
                move.setId("acqMove-" + to.name());
                move.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                move.setOnAction(event -> move(round, to, new ReasonDialog(), Map.of()));
                moves.getChildren().add(move);
            }
        }
    }

    private String moveLabel(RoundStatus to) {
        return messages.get(switch (to) {
            case OPEN -> "acquisition.ui.move.reopen";
            case CLOSED -> "acquisition.ui.move.close";
            case ORDERED -> "acquisition.ui.move.order";
            case RECEIVED -> "acquisition.ui.move.received";
            case COMPLETED -> "acquisition.ui.move.complete";
            case CANCELLED -> "acquisition.ui.move.cancel";
        });
    }

    private void move(PurchaseRound round, RoundStatus to, ReasonDialog dialog, Map<String, String> errors) {
        String title = moveLabel(to);
        boolean reasonNeeded = to == RoundStatus.CANCELLED || to == RoundStatus.OPEN;
        String prompt = messages.get(reasonNeeded ? "acquisition.ui.step.reason" : "acquisition.ui.step.note");
        dialog.ask(tasks.window(), messages, title + ": " + round.name(), prompt, title, errors).ifPresent(reason ->
                tasks.run(title, progress -> acquisition.move(round, to, reason), result -> {
                    if (result instanceof SaveResult.Saved<PurchaseRound> saved) {
                        model.reload(() -> open(saved.value().id()));
                    } else if (result instanceof SaveResult.Invalid<PurchaseRound> invalid) {
                        move(round, to, dialog, words.byField(invalid.validation().errors()));
                    } else if (result instanceof SaveResult.Conflict conflict) {
                        StaleRecordHandler.withDialogs(messages, tasks::window).handle(conflict, "round",
                                () -> model.reload(() -> open(round.id())), null);
                    }
                }));
    }

    /** The active members the reader may make coordinator of a round. */
    private List<AcquisitionMember> coordinators() {
        return words.members().stream().filter(AcquisitionMember::active).filter(member -> acquisition.mayManage(
                PurchaseRound.draft("", member.id(), Money.ZERO, null, SplitRule.EQUAL, Map.of()))).toList();
    }

    private void startRound() {
        List<AcquisitionMember> coordinators = coordinators();
        if (coordinators.isEmpty()) {
            return;
        }
        List<AcquisitionMember> active = words.members().stream().filter(AcquisitionMember::active).toList();
        Map<Long, Long> everyone = new LinkedHashMap<>();
        PurchaseRound draft = PurchaseRound.draft("", coordinators.get(0).id(), Money.ZERO,
                acquisition.today().plusDays(30), SplitRule.OWN_COPIES, everyone);
        askRound(new RoundDialog(messages, draft, coordinators, active), Map.of());
    }

    private void editRound(PurchaseRound round) {
        List<AcquisitionMember> coordinators = new ArrayList<>(coordinators());
        AcquisitionMember current = words.member(round.coordinatorId());
        if (current != null && !coordinators.contains(current)) {
            coordinators.add(0, current);
        }
        List<AcquisitionMember> members = words.members().stream().filter(member -> member.active()
                || round.takesPart(member.id())).toList();
        askRound(new RoundDialog(messages, round, coordinators, members), Map.of());
    }

    private void askRound(RoundDialog dialog, Map<String, String> errors) {
        dialog.ask(tasks.window(), errors).ifPresent(typed -> {
            if (!typed.errors().isEmpty()) {
                // asked again once this dialog has gone, with what was typed still in its fields
                javafx.application.Platform.runLater(() -> askRound(dialog, typed.errors()));
                return;
            }
            PurchaseRound round = typed.round();
            String title = messages.get(round.id() == null ? "acquisition.ui.round.newTitle"
                    : "acquisition.ui.round.editTitle");
            tasks.run(title, progress -> acquisition.saveRound(round), result -> {
                if (result instanceof SaveResult.Saved<PurchaseRound> saved) {
                    model.reload(() -> {
                        select(saved.value().id());
                        open(saved.value().id());
                    });
                } else if (result instanceof SaveResult.Invalid<PurchaseRound> invalid) {
                    askRound(dialog, words.byField(invalid.validation().errors()));
                } else if (result instanceof SaveResult.Conflict conflict) {
                    StaleRecordHandler.withDialogs(messages, tasks::window).handle(conflict, "round",
                            () -> model.reload(() -> open(round.id())), conflict.deleted() ? null
                                    : () -> tasks.run(title, progress -> acquisition.round(round.id()), stored ->
                                    stored.ifPresent(now -> {
                                        dialog.atVersion(now.version());
                                        askRound(dialog, Map.of());
                                    })));
                }
            });
        });
    }

    private void select(long roundId) {
        table.getItems().stream().filter(round -> round.id() == roundId).findFirst()
                .ifPresent(round -> table.getSelectionModel().select(round));
    }

    /** Opens this round once the list has been read, instead of the list's first. */
    void openRound(long roundId) {
        asked.ask(roundId);
    }
}
