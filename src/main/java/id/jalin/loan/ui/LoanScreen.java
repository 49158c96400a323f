package id.jalin.loan.ui;

import id.jalin.forum.domain.ForumProfileService;
import id.jalin.kernel.export.XlsxTableWriter;
import id.jalin.kernel.files.AtomicFileWriter;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.task.BackgroundTask;
import id.jalin.kernel.task.TaskExecutor;
import id.jalin.kernel.ui.Dialogs;
import id.jalin.kernel.ui.EmptyListText;
import id.jalin.kernel.ui.FileDialogs;
import id.jalin.kernel.ui.FileOpener;
import id.jalin.kernel.ui.FileWrittenNotice;
import id.jalin.kernel.ui.LocalizedDatePicker;
import id.jalin.kernel.ui.PagedTable;
import id.jalin.kernel.ui.ShownAs;
import id.jalin.kernel.ui.Styles;
import id.jalin.kernel.ui.TextColumns;
import id.jalin.kernel.validation.FieldError;
import id.jalin.kernel.validation.SaveResult;
import id.jalin.loan.domain.InterlibraryLoans;
import id.jalin.loan.domain.ItemKind;
import id.jalin.loan.domain.LendingRules;
import id.jalin.loan.domain.LoanAction;
import id.jalin.loan.domain.LoanMember;
import id.jalin.loan.domain.LoanRequest;
import id.jalin.loan.domain.LoanSort;
import id.jalin.loan.domain.LoanState;
import id.jalin.loan.domain.LoanStep;
import id.jalin.loan.domain.LoanView;
import id.jalin.loan.domain.NewLoanRequest;
import id.jalin.loan.domain.RequestedItem;
import id.jalin.loan.iso.IsoLoanExchange;
import id.jalin.loan.iso.IsoMessageRefusedException;
import id.jalin.loan.print.LenderReminderPdf;
import id.jalin.loan.print.OverdueNoticePdf;
import id.jalin.loan.print.RequestSlip;
import id.jalin.loan.print.RequestSlipPdf;
import id.jalin.loan.print.SlipLayout;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * "Pinjam antarperpustakaan": a library's desk of requests (its own, those asked of it, overdue, waiting on it),
 * one request's whole story beside the list with the steps the reader may take, and the period's figures.
 */
final class LoanScreen {
    private final InterlibraryLoans loans;
    private final ForumProfileService forum;
    private final LoanPapers papers;
    private String signatoryName = "";
    private String signatoryPosition = "";
    private final TaskExecutor executor;
    private final FileDialogs files;
    private final FileOpener opener;
    private final Messages messages;
    private final Dialogs dialogs;
    private final Map<Long, LoanMember> members = new HashMap<>();
    private final LoanWords words;
    private final LoanListModel model;
    private final TableView<LoanRequest> table = new TableView<>();
    private final LoanDetailView detail;
    private final LoanFiguresView figures;
    private final ComboBox<LoanMember> library = new ComboBox<>();
    private final ComboBox<LoanView> view = new ComboBox<>();
    private final ComboBox<LoanState> state = new ComboBox<>();
    private final ComboBox<LoanMember> partner = new ComboBox<>();
    private final TabPane root = new TabPane();
    private LoanRequest shown;

    /**
     * @param pending a catalogue work to open the new-request form for once the members are read, or null
     * @param pendingRequest a request to open in the detail once the members are read, or null
     */
    LoanScreen(InterlibraryLoans loans, ForumProfileService forum, TaskExecutor executor, FileDialogs files,
               FileOpener opener, Messages messages, java.util.function.Supplier<RequestedItem> pending,
               java.util.function.Supplier<Long> pendingRequest) {
        this.loans = loans;
        this.forum = forum;
        this.executor = executor;
        this.files = files;
        this.opener = opener;
        this.messages = messages;
        this.dialogs = new Dialogs(messages);
        this.words = new LoanWords(messages, members);
        this.papers = new LoanPapers(words);
        this.model = new LoanListModel(loans, executor, failure -> dialogs.failure(window(),
                new id.jalin.kernel.ui.FailureExplainer(messages).explain(messages.get("loan.nav"), failure)));
        this.detail = new LoanDetailView(words);
        this.figures = new LoanFiguresView(words, loans.today());
        build();
        executor.execute(BackgroundTask.wrap(progress -> loans.members())
                .titled(messages.get("loan.task.members")).onSuccess(all -> {
            all.forEach(member -> members.put(member.id(), member));
            fillChoosers(all);
            model.refresh();
            RequestedItem item = pending.get();
            if (item != null) {
                startRequest(item);
            }
            Long request = pendingRequest.get();
            if (request != null) {
                open(request);
            }
        }));
    }

    Node root() {
        return root;
    }

    private Window window() {
        return Dialogs.windowOf(root);
    }

    private void build() {
        root.setId("loanScreen");
        root.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Tab requests = new Tab(messages.get("loan.tab.requests"), requestsPane());
        requests.setId("loanTabRequests");
        Tab numbers = new Tab(messages.get("loan.tab.figures"), figures.root());
        numbers.setId("loanTabFigures");
        figures.show().setOnAction(event -> showFigures());
        figures.export().setOnAction(event -> exportFigures());
        root.getTabs().setAll(requests, numbers);
        numbers.setOnSelectionChanged(event -> {
            if (numbers.isSelected()) {
                showFigures();
            }
        });
    }

    private Node requestsPane() {
        library.setId("loanLibrary");
        library.setPrefWidth(300);
        library.setConverter(ShownAs.words(member -> member == null ? messages.get("loan.filter.all_libraries")
                : member.code() + " \u2013 " + member.name()));
        view.setId("loanView");
        view.getItems().setAll(LoanView.values());
        view.setConverter(ShownAs.words(value -> messages.label("loan.view", value)));
        view.setValue(model.view.get());
        state.setId("loanState");
        List<LoanState> states = new ArrayList<>();
        states.add(null);
        states.addAll(List.of(LoanState.values()));
        state.getItems().setAll(states);
        state.setConverter(ShownAs.words(value -> value == null ? messages.get("loan.filter.any_state")
                : messages.label("loan.state", value)));
        state.setValue(null);
        partner.setId("loanPartner");
        partner.setConverter(ShownAs.words(member -> member == null ? messages.get("loan.filter.any_partner")
                : member.code()));
        DatePicker from = LocalizedDatePicker.create(messages);
        from.setId("loanFrom");
        from.setPromptText(messages.get("loan.filter.from"));
        from.setPrefWidth(180);
        DatePicker to = LocalizedDatePicker.create(messages);
        to.setId("loanTo");
        to.setPromptText(messages.get("loan.filter.to"));
        to.setPrefWidth(180);
        TextField search = new TextField();
        search.setId("loanSearch");
        id.jalin.kernel.ui.ScreenPlace.keepText(search);
        search.setPromptText(messages.get("loan.filter.search"));
        search.setPrefColumnCount(28);
        PagedTable.debounce(search, model.search);
        // a scanned slip (or a number typed with Enter) opens its request at once, whatever the list shows
        search.addEventHandler(javafx.event.ActionEvent.ACTION, event -> openNumber(search.getText()));
        library.valueProperty().addListener((obs, old, now) -> {
            model.library.set(now == null ? null : now.id());
            view.setDisable(now == null);
        });
        view.valueProperty().addListener((obs, old, now) -> model.view.set(now));
        state.valueProperty().addListener((obs, old, now) -> model.state.set(now));
        partner.valueProperty().addListener((obs, old, now) -> model.partner.set(now == null ? null : now.id()));
        from.valueProperty().addListener((obs, old, now) -> model.from.set(now));
        to.valueProperty().addListener((obs, old, now) -> model.to.set(now));
        FlowPane filters = new FlowPane(8, 8, new Label(messages.get("loan.filter.library")), library, view, state,
                partner, from, to, search);
        filters.setAlignment(Pos.CENTER_LEFT);

        Button ask = new Button(messages.get("loan.action_bar.new"));
        ask.setId("loanNewRequest");
        ask.setOnAction(event -> startRequest(new RequestedItem(null, "", "", "", null, "", "", ItemKind.BOOK, "",
                "")));
        Button rules = new Button(messages.get("loan.action_bar.rules"));
        rules.setId("loanRules");
        rules.setOnAction(event -> editRules());
        rules.disableProperty().bind(library.valueProperty().isNull());
        Button reminder = new Button(messages.get("loan.action_bar.reminder"));
        reminder.setId("loanReminder");
        reminder.setOnAction(event -> reminderList());
        reminder.disableProperty().bind(library.valueProperty().isNull());
        Button readIso = new Button(messages.get("loan.action_bar.read_iso"));
        readIso.setId("loanReadIso");
        readIso.setOnAction(event -> readIso());
        FlowPane actions = new FlowPane(8, 8, ask, rules, reminder, readIso);
        actions.setId("loanActions");
        if (loans.mayWriteLetters()) {
            Button letters = new Button(messages.get("loan.action_bar.letters"));
            letters.setId("loanLetters");
            letters.setOnAction(event -> overdueLetter());
            actions.getChildren().add(2, letters);
        }

        buildTable();
        BorderPane list = new BorderPane(table);
        list.setBottom(PagedTable.pager(model.rows(), messages, "loanPager"));
        SplitPane split = new SplitPane(list, detail.root());
        split.setDividerPositions(0.58);
        VBox top = new VBox(8, actions, filters);
        top.setPadding(new Insets(0, 0, 8, 0));
        BorderPane pane = new BorderPane(split);
        pane.setTop(top);
        pane.setPadding(new Insets(8));
        return pane;
    }

    /** The buttons that print and export a request, set by the feature once the papers exist. */
    FlowPane papers() {
        return detail.papers();
    }

    /** The extra buttons above the list (overdue notices, reading an ISO 18626 message). */
    FlowPane actions() {
        return (FlowPane) root.lookup("#loanActions");
    }

    LoanRequest shown() {
        return shown;
    }

    Messages messages() {
        return messages;
    }

    LoanWords words() {
        return words;
    }

    private void buildTable() {
        table.setId("loanTable");
        EmptyListText.on(table, messages.get("loan.list.empty"));
        LocalDate today = loans.today();
        TableColumn<LoanRequest, String> number = TextColumns.of(messages.get("loan.list.number"),
                LoanRequest::number);
        number.setPrefWidth(150);
        number.setMinWidth(150);
        // lists show dates as 01/12/2026: the same in both languages, and one line a row
        var shortDate = messages.inputDateFormat();
        TableColumn<LoanRequest, String> requested = TextColumns.of(messages.get("loan.list.requested"),
                request -> shortDate.format(request.requestedAt().toLocalDate()));
        requested.setPrefWidth(100);
        TableColumn<LoanRequest, String> borrower = TextColumns.of(messages.get("loan.list.borrower"),
                request -> words.code(request.borrowerId()));
        TableColumn<LoanRequest, String> lender = TextColumns.of(messages.get("loan.list.lender"),
                request -> words.code(request.lenderId()));
        TableColumn<LoanRequest, String> title = TextColumns.of(messages.get("loan.list.title"),
                request -> request.item().title());
        title.setPrefWidth(240);
        TableColumn<LoanRequest, String> patron = TextColumns.of(messages.get("loan.list.patron"),
                request -> request.patron().name());
        patron.setPrefWidth(140);
        TableColumn<LoanRequest, String> service = TextColumns.of(messages.get("loan.list.service"),
                request -> messages.label("loan.service", request.service()));
        TableColumn<LoanRequest, String> stateColumn = TextColumns.of(messages.get("loan.list.state"),
                request -> messages.label("loan.state", request.state()));
        stateColumn.setPrefWidth(150);
        TableColumn<LoanRequest, String> due = TextColumns.of(messages.get("loan.list.due"),
                request -> request.dueOn() == null ? "" : shortDate.format(request.dueOn())
                        + (request.overdueOn(today) ? " \u26a0 " + messages.get("loan.list.overdue_days",
                        request.daysOverdueOn(today)) : ""));
        due.setPrefWidth(150);
        // what a desk acts on (the state, the due date) comes before what it looks up in the detail beside the list
        table.getColumns().setAll(List.of(number, stateColumn, due, title, borrower, lender, requested, service,
                patron));
        Map<TableColumn<LoanRequest, ?>, LoanSort> sortable = new LinkedHashMap<>();
        sortable.put(number, LoanSort.NUMBER);
        sortable.put(requested, LoanSort.REQUESTED);
        sortable.put(title, LoanSort.TITLE);
        sortable.put(stateColumn, LoanSort.STATE);
        sortable.put(due, LoanSort.DUE);
        PagedTable.bind(table, model.rows(), sortable);
        // a reload after a step selects the same request again: the step's own refresh shows it, once
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null && (shown == null || !now.id().equals(shown.id()))) {
                open(now.id());
            }
        });
    }

    private void fillChoosers(List<LoanMember> all) {
        List<LoanMember> libraries = new ArrayList<>();
        if (loans.ownLibrary().isEmpty()) {
            libraries.add(null);
        }
        libraries.addAll(all.stream().filter(member -> loans.ownLibrary().map(own -> own == member.id())
                .orElse(true)).toList());
        library.getItems().setAll(libraries);
        library.setValue(loans.ownLibrary().map(members::get).orElse(null));
        library.setDisable(libraries.size() == 1);
        view.setDisable(library.getValue() == null);
        List<LoanMember> partners = new ArrayList<>();
        partners.add(null);
        partners.addAll(all);
        partner.getItems().setAll(partners);
        partner.setValue(null);
    }

    /** Opens a request in the detail, read afresh with its history and the steps the reader may take. */
    void open(long requestId) {
        executor.execute(BackgroundTask.wrap(progress -> loans.find(requestId).map(request -> new Opened(request,
                        loans.history(requestId), loans.actionsFor(request)))).titled(messages.get("loan.task.open"))
                .onSuccess(opened -> opened.ifPresentOrElse(this::show, detail::showNothing)));
    }

    private record Opened(LoanRequest request, List<id.jalin.loan.domain.LoanEvent> history,
                          List<LoanAction> actions) {
    }

    private void show(Opened opened) {
        shown = opened.request();
        detail.show(opened.request(), opened.history(), opened.actions(), loans.today(),
                action -> take(opened.request(), action, Map.of(), null));
        detail.papers().getChildren().clear();
        if (LoanPapers.hasSlip(opened.request())) {
            for (SlipLayout layout : SlipLayout.values()) {
                Button slip = new Button(messages.get(layout == SlipLayout.HALF_A4 ? "loan.papers.slip_half"
                        : "loan.papers.slip_label"));
                slip.setId("loanSlip-" + layout.name());
                slip.setOnAction(event -> printSlip(opened.request(), layout));
                detail.papers().getChildren().add(slip);
            }
        }
        Button iso = new Button(messages.get("loan.papers.export_iso"));
        iso.setId("loanExportIso");
        iso.setOnAction(event -> exportIso(opened.request()));
        detail.papers().getChildren().add(iso);
    }

    private void printSlip(LoanRequest request, SlipLayout layout) {
        String title = messages.get("loan.papers.slip_title", request.number());
        files.save(window(), title, FileDialogs.FileKind.PDF, messages.get("loan.papers.slip_file",
                request.number()) + ".pdf").ifPresent(path -> executor.execute(BackgroundTask.wrap(progress -> {
                    RequestSlip slip = papers.slip(request, forum.profile().name(),
                            loans.callNumberAtLender(request));
                    new AtomicFileWriter().write(path, out -> new RequestSlipPdf().write(List.of(slip), layout, out));
                    return path;
                }).withProgress(title).onSuccess(written -> new FileWrittenNotice(messages, opener).show(window(),
                        title, written, true))));
    }

    private void exportIso(LoanRequest request) {
        String title = messages.get("loan.papers.export_iso_title", request.number());
        List<IsoLoanExchange.Kind> kinds = List.of(IsoLoanExchange.Kind.values());
        javafx.scene.control.ChoiceDialog<IsoLoanExchange.Kind> choose = new javafx.scene.control.ChoiceDialog<>(
                Long.valueOf(request.borrowerId()).equals(model.library.get()) ? IsoLoanExchange.Kind.REQUEST
                        : IsoLoanExchange.Kind.SUPPLYING, kinds);
        choose.initOwner(window());
        choose.setTitle(title);
        choose.setHeaderText(messages.get("loan.papers.export_iso_which"));
        choose.getDialogPane().setId("loanIsoKind");
        ComboBox<IsoLoanExchange.Kind> box = (ComboBox<IsoLoanExchange.Kind>) choose.getDialogPane()
                .lookup(".combo-box");
        if (box != null) {
            box.setConverter(ShownAs.words(kind -> kind == null ? "" : messages.get(switch (kind) {
                case REQUEST -> "loan.papers.iso_request";
                case SUPPLYING -> "loan.papers.iso_supplying";
                case REQUESTING -> "loan.papers.iso_requesting";
            })));
        }
        choose.showAndWait().ifPresent(kind -> files.save(window(), title, FileDialogs.FileKind.LOAN_MESSAGE,
                request.number() + "-" + kind.name().toLowerCase(java.util.Locale.ROOT) + ".xml").ifPresent(path ->
                executor.execute(BackgroundTask.wrap(progress -> {
                    new AtomicFileWriter().write(path, out -> {
                        try {
                            new IsoLoanExchange(loans).write(request, kind, out);
                        } catch (IsoMessageRefusedException refused) {
                            throw new IsoRefusal(refused);
                        }
                    });
                    return path;
                }).onSuccess(written -> new FileWrittenNotice(messages, opener).show(window(), title, written, false))
                        .onFailure(failure -> dialogs.error(window(), title, isoReason(failure))))));
    }

    /** Carries a refusal out of the file writer, which only lets IOExceptions through. */
    private static final class IsoRefusal extends java.io.IOException {
        private final transient IsoMessageRefusedException refusal;

        IsoRefusal(IsoMessageRefusedException refusal) {
            super(refusal.getMessage(), refusal);
            this.refusal = refusal;
        }
    }

    private String isoReason(Throwable failure) {
        Throwable cause = failure;
        while (cause != null) {
            if (cause instanceof IsoRefusal refusal) {
                return messages.get(refusal.refusal.messageKey(), refusal.refusal.argsArray());
            }
            if (cause instanceof IsoMessageRefusedException refused) {
                return messages.get(refused.messageKey(), refused.argsArray());
            }
            cause = cause.getCause();
        }
        return messages.get("loan.papers.iso_failed", new id.jalin.kernel.ui.FailureExplainer(messages)
                .reason(failure));
    }

    private void readIso() {
        String title = messages.get("loan.action_bar.read_iso");
        files.open(window(), title, FileDialogs.FileKind.LOAN_MESSAGE).ifPresent(path -> executor.execute(
                BackgroundTask.wrap(progress -> {
                    try (var in = java.nio.file.Files.newInputStream(path)) {
                        return new IsoLoanExchange(loans).read(in);
                    }
                }).onSuccess(result -> {
                    if (result instanceof SaveResult.Saved<LoanRequest> saved) {
                        model.reload(() -> open(saved.value().id()));
                        dialogs.info(window(), title, messages.get("loan.papers.iso_recorded",
                                saved.value().number(), messages.label("loan.state", saved.value().state())));
                    } else if (result instanceof SaveResult.Invalid<LoanRequest> invalid) {
                        dialogs.error(window(), title, words.errors(invalid.validation().errors()));
                    } else if (result instanceof SaveResult.Conflict) {
                        dialogs.error(window(), title, messages.get("loan.papers.iso_conflict"));
                    }
                }).onFailure(failure -> dialogs.error(window(), title, isoReason(failure)))));
    }

    /** A numbered letter to one borrowing library listing what it holds overdue. */
    private void overdueLetter() {
        String title = messages.get("loan.action_bar.letters");
        executor.execute(BackgroundTask.wrap(progress -> loans.overdue())
                .titled(messages.get("loan.action_bar.letters")).onSuccess(overdue -> {
            List<LoanMember> borrowers = overdue.stream().map(LoanRequest::borrowerId).distinct()
                    .map(members::get).filter(java.util.Objects::nonNull)
                    .sorted(java.util.Comparator.comparing(LoanMember::code)).toList();
            if (borrowers.isEmpty()) {
                dialogs.info(window(), title, messages.get("loan.letters.none"));
                return;
            }
            LetterDialog.ask(window(), messages, borrowers, signatoryName, signatoryPosition).ifPresent(choice -> {
                signatoryName = choice.signatoryName();
                signatoryPosition = choice.signatoryPosition();
                files.save(window(), title, FileDialogs.FileKind.PDF, messages.get("loan.letters.file",
                        choice.borrower().code()) + ".pdf").ifPresent(path -> executor.execute(
                        BackgroundTask.wrap(progress -> {
                            var profile = forum.profile();
                            var letter = loans.overdueLetter(choice.borrower().id(), profile.code()).orElseThrow();
                            new AtomicFileWriter().write(path, out -> new OverdueNoticePdf().write(
                                    papers.notice(letter, profile, choice.signatoryName(),
                                            choice.signatoryPosition()), out));
                            return path;
                        }).withProgress(title).onSuccess(written -> new FileWrittenNotice(messages, opener)
                                .show(window(), title, written, true))));
            });
        }));
    }

    /** The desk's list of items it lent that are overdue, to chase them. */
    private void reminderList() {
        LoanMember lender = library.getValue();
        if (lender == null) {
            return;
        }
        String title = messages.get("loan.action_bar.reminder");
        files.save(window(), title, FileDialogs.FileKind.PDF, messages.get("loan.reminder.file", lender.code())
                + ".pdf").ifPresent(path -> executor.execute(BackgroundTask.wrap(progress -> {
                    var reminder = papers.reminder(lender.id(), loans.overdue(), loans.today());
                    new AtomicFileWriter().write(path, out -> new LenderReminderPdf().write(reminder, out));
                    return path;
                }).withProgress(title).onSuccess(written -> new FileWrittenNotice(messages, opener).show(window(),
                        title, written, true))));
    }

    private void openNumber(String typed) {
        executor.execute(BackgroundTask.wrap(progress -> loans.findByNumber(typed))
                .titled(messages.get("loan.task.open")).onSuccess(found ->
                found.ifPresent(request -> open(request.id()))));
    }

    /** A catalogue work (or an empty form) as a new request of the library whose desk this is. */
    void startRequest(RequestedItem item) {
        List<LoanMember> borrowers = members.values().stream().filter(LoanMember::active)
                .filter(member -> loans.mayAskFor(member.id()))
                .sorted(java.util.Comparator.comparing(LoanMember::code)).toList();
        if (borrowers.isEmpty()) {
            dialogs.info(window(), messages.get("loan.new.title_dialog"), messages.get("loan.new.no_borrower"));
            return;
        }
        List<LoanMember> ordered = new ArrayList<>(borrowers);
        LoanMember chosen = library.getValue();
        if (chosen != null && ordered.remove(chosen)) {
            ordered.add(0, chosen);
        }
        NewRequestDialog dialog = new NewRequestDialog(loans, executor, messages, ordered, item);
        ask(dialog, Map.of());
    }

    private void ask(NewRequestDialog dialog, Map<String, String> errors) {
        dialog.ask(window(), errors).ifPresent(request -> executor.execute(
                BackgroundTask.wrap(progress -> loans.request(request))
                        .titled(messages.get("loan.new.title_dialog")).onSuccess(result -> {
                    if (result instanceof SaveResult.Saved<LoanRequest> saved) {
                        // the new request opens beside the list: its number, the lender asked, the next step
                        model.reload(() -> open(saved.value().id()));
                    } else if (result instanceof SaveResult.Invalid<LoanRequest> invalid) {
                        ask(dialog, byField(invalid.validation().errors()));
                    }
                })));
    }

    private Map<String, String> byField(List<FieldError> errors) {
        return words.byField(errors);
    }

    /** Asks what the step needs (the date proposed from the lender's rules), takes it, and shows the outcome. */
    private void take(LoanRequest request, LoanAction action, Map<String, String> errors, LoanStep earlier) {
        executor.execute(BackgroundTask.wrap(progress -> loans.rulesOf(request.lenderId()))
                .titled(messages.label("loan.action", action)).onSuccess(rules ->
                StepDialog.ask(window(), messages, action, proposedDate(request, action, rules), errors, earlier)
                        .ifPresent(step -> executor.execute(BackgroundTask.wrap(progress -> loans.take(request, step))
                                .titled(messages.label("loan.action", step.action()))
                                .onSuccess(result -> taken(request, step, result))))));
    }

    private void taken(LoanRequest request, LoanStep step, SaveResult<LoanRequest> result) {
        if (result instanceof SaveResult.Saved<LoanRequest> saved) {
            model.reload(() -> open(saved.value().id()));
        } else if (result instanceof SaveResult.Invalid<LoanRequest> invalid) {
            take(request, step.action(), Map.of("step", words.errors(invalid.validation().errors())), step);
        } else if (result instanceof SaveResult.Conflict conflict) {
            dialogs.info(window(), messages.label("loan.action", step.action()), messages.get(conflict.deleted()
                    ? "loan.step.gone" : "loan.step.stale", request.number()));
            model.reload(() -> open(request.id()));
        }
    }

    private LocalDate proposedDate(LoanRequest request, LoanAction action, LendingRules rules) {
        LocalDate today = loans.today();
        return switch (action) {
            case SHIP -> today.plusDays(rules.loanDays());
            case GRANT_RENEWAL -> request.dueOn() == null ? null : request.dueOn().plusDays(rules.loanDays());
            case EXPECT_TO_SUPPLY -> today.plusDays(7);
            default -> null;
        };
    }

    private void editRules() {
        LoanMember member = library.getValue();
        if (member == null) {
            return;
        }
        if (!loans.mayKeepRulesOf(member.id())) {
            dialogs.info(window(), messages.get("loan.rules.title", member.name()),
                    messages.get("loan.rules.not_yours"));
            return;
        }
        executor.execute(BackgroundTask.wrap(progress -> loans.rulesOf(member.id()))
                .titled(messages.get("loan.rules.title", member.name()))
                .onSuccess(rules -> editRules(member, rules, Map.of())));
    }

    private void editRules(LoanMember member, LendingRules rules, Map<String, String> errors) {
        RulesDialog.ask(window(), messages, member.name(), rules, errors).ifPresent(changed -> executor.execute(
                BackgroundTask.wrap(progress -> loans.saveRules(changed))
                        .titled(messages.get("loan.rules.title", member.name())).onSuccess(result -> {
                    if (result instanceof SaveResult.Invalid<LendingRules> invalid) {
                        editRules(member, changed, byField(invalid.validation().errors()));
                    } else if (result instanceof SaveResult.Conflict) {
                        dialogs.info(window(), messages.get("loan.rules.title", member.name()),
                                messages.get("loan.rules.stale"));
                    }
                })));
    }

    private void showFigures() {
        LocalDate from = figures.from().getValue();
        LocalDate to = figures.to().getValue();
        if (from == null || to == null || to.isBefore(from)) {
            dialogs.error(window(), messages.get("loan.tab.figures"), messages.get("loan.figures.bad_period"));
            return;
        }
        executor.execute(BackgroundTask.wrap(progress -> loans.figures(from, to))
                .titled(messages.get("loan.tab.figures")).onSuccess(figures::show));
    }

    private void exportFigures() {
        String title = messages.get("loan.figures.export");
        String name = messages.get("loan.figures.file_name") + ".xlsx";
        var table = figures.exportTable();
        files.save(window(), title, FileDialogs.FileKind.XLSX, name).ifPresent(path -> executor.execute(
                BackgroundTask.wrap(progress -> {
                    new AtomicFileWriter().write(path, out -> new XlsxTableWriter().write(table, out));
                    return path;
                }).withProgress(title).onSuccess(written -> new FileWrittenNotice(messages, opener).show(window(),
                        title, written, false))));
    }

}
