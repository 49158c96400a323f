package id.jalin.exchange.ui;

import id.jalin.agreement.domain.AgreementService;
import id.jalin.agreement.domain.AgreementSummary;
import id.jalin.agreement.domain.SinclairType;
import id.jalin.exchange.domain.ExchangeLedgers;
import id.jalin.exchange.domain.ExchangeMember;
import id.jalin.exchange.domain.ExchangeRatio;
import id.jalin.exchange.domain.ExchangeUnit;
import id.jalin.exchange.domain.LedgerEntry;
import id.jalin.exchange.domain.Partnership;
import id.jalin.exchange.domain.PartnershipStanding;
import id.jalin.exchange.domain.PeriodBalance;
import id.jalin.exchange.domain.PeriodKind;
import id.jalin.exchange.print.ExchangeOverviewXlsx;
import id.jalin.exchange.print.YearStatement;
import id.jalin.exchange.print.YearStatementPdf;
import id.jalin.forum.domain.ForumProfile;
import id.jalin.forum.domain.ForumProfileService;
import id.jalin.kernel.files.AtomicFileWriter;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.task.BackgroundTask;
import id.jalin.kernel.task.TaskExecutor;
import id.jalin.kernel.ui.Dialogs;
import id.jalin.kernel.ui.EmptyListText;
import id.jalin.kernel.ui.FailureExplainer;
import id.jalin.kernel.ui.FieldErrorTexts;
import id.jalin.kernel.ui.FileDialogs;
import id.jalin.kernel.ui.FileOpener;
import id.jalin.kernel.ui.FileWrittenNotice;
import id.jalin.kernel.ui.Styles;
import id.jalin.kernel.ui.TextColumns;
import id.jalin.kernel.validation.SaveResult;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The exchange partnerships, the most out of balance first as the service gives them, each with its balance in
 * words from the reader's side; below, the chosen partnership's years and the entries of the chosen year, with the
 * buttons to record a shipment, reverse an entry, close a year, print the year's statement and export the overview.
 */
final class ExchangeScreen {
    /** What the screen shows, read off the FX thread in one go. */
    private record Loaded(ExchangeWords words, List<PartnershipStanding> standings) {
    }

    private final ExchangeLedgers ledgers;
    private final AgreementService agreements;
    private final ForumProfileService forum;
    private final TaskExecutor executor;
    private final FileDialogs files;
    private final FileOpener opener;
    private final Messages messages;
    private final Dialogs dialogs;
    private final VBox root = new VBox(8);
    private final TableView<PartnershipStanding> overview = new TableView<>();
    private final TableView<PeriodBalance> years = new TableView<>();
    private final TableView<LedgerEntry> entries = new TableView<>();
    private final Label heading = new Label();
    private final Label balance = new Label();
    private final Button record;
    private final Button reverse;
    private final Button closeYear;
    private final Button print;
    private final Button newPartnership;
    private final Button editPartnership;
    private final Button export;
    private ExchangeWords words;
    private List<LedgerEntry> allEntries = List.of();

    /** @param opening the partnership to choose once the list is read, or null */
    ExchangeScreen(ExchangeLedgers ledgers, AgreementService agreements, ForumProfileService forum,
                   TaskExecutor executor, FileDialogs files, FileOpener opener, Messages messages, Long opening) {
        this.ledgers = ledgers;
        this.agreements = agreements;
        this.forum = forum;
        this.executor = executor;
        this.files = files;
        this.opener = opener;
        this.messages = messages;
        this.dialogs = new Dialogs(messages);
        this.record = button("exchangeRecord", "exchange.ui.record");
        this.reverse = button("exchangeReverse", "exchange.ui.reverse");
        this.closeYear = button("exchangeCloseYear", "exchange.ui.closeYear");
        this.print = button("exchangePrint", "exchange.ui.print");
        this.newPartnership = button("exchangeNewPartnership", "exchange.ui.newPartnership");
        this.editPartnership = button("exchangeEditPartnership", "exchange.ui.editPartnership");
        this.export = button("exchangeExport", "exchange.ui.export");
        build();
        reload(opening);
    }

    Node root() {
        return root;
    }

    private Button button(String id, String key) {
        Button button = new Button(messages.get(key));
        button.setId(id);
        button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return button;
    }

    private void build() {
        Label title = new Label(messages.get("exchange.ui.title"));
        title.getStyleClass().add(Styles.TITLE);
        HBox tools = new HBox(8, newPartnership, editPartnership, export);
        tools.getStyleClass().add(Styles.TOOLBAR);
        boolean manage = ledgers.mayManage();
        newPartnership.setVisible(manage);
        newPartnership.setManaged(manage);
        editPartnership.setVisible(manage);
        editPartnership.setManaged(manage);
        closeYear.setVisible(manage);
        closeYear.setManaged(manage);

        overview.setId("exchangeOverview");
        overview.getColumns().setAll(List.of(
                column("exchange.ui.column.partners", standing -> words.pair(standing.partnership()), 170),
                column("exchange.ui.column.ratio", standing -> standing.partnership().ratio().toString(), 70),
                column("exchange.ui.column.unit", standing -> messages.label("exchange.unit",
                        standing.partnership().unit()), 120),
                column("exchange.ui.column.year", standing -> standing.year().period().label(), 90),
                column("exchange.ui.column.balance", standing -> words.balance(standing.partnership(),
                        standing.year().closing()), 500)));
        overview.getColumns().forEach(column -> column.setSortable(false));
        EmptyListText.on(overview, messages.get("exchange.ui.none"));
        overview.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> showPartnership(now));

        heading.setId("exchangeHeading");
        heading.getStyleClass().add(Styles.FORM_SECTION);
        heading.setWrapText(true);
        balance.setId("exchangeBalance");
        balance.setWrapText(true);
        balance.setStyle("-fx-font-weight: bold;");

        years.setId("exchangeYears");
        years.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> showYear(now));
        years.getColumns().forEach(column -> column.setSortable(false));
        EmptyListText.on(years, messages.get("exchange.ui.noYears"));
        entries.setId("exchangeEntries");
        EmptyListText.on(entries, messages.get("exchange.ui.noEntries"));
        entries.getColumns().setAll(List.of(
                column("exchange.ui.column.date", entry -> messages.date(entry.date()), 105),
                column("exchange.ui.column.way", entry -> selected().map(s -> words.way(s.partnership(),
                        entry.direction())).orElse(""), 140),
                column("exchange.ui.column.title", LedgerEntry::title, 190),
                column("exchange.ui.column.kind", entry -> messages.label("exchange.kind", entry.kind()), 105),
                column("exchange.ui.column.volume", LedgerEntry::volumeIssue, 110),
                column("exchange.ui.column.copies", entry -> words.copies(entry), 65),
                column("exchange.ui.column.units", entry -> words.units(entry), 65),
                column("exchange.ui.column.shipment", LedgerEntry::shipment, 110),
                column("exchange.ui.column.note", entry -> words.note(entry), 120)));
        entries.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> enableButtons());

        HBox actions = new HBox(8, record, reverse, closeYear, print);
        actions.getStyleClass().add(Styles.TOOLBAR);
        record.setOnAction(event -> recordShipment());
        reverse.setOnAction(event -> reverseEntry());
        closeYear.setOnAction(event -> closeChosenYear());
        print.setOnAction(event -> printStatement());
        newPartnership.setOnAction(event -> editPartnership(null));
        editPartnership.setOnAction(event -> selected().ifPresent(s -> editPartnership(s.partnership())));
        export.setOnAction(event -> exportOverview());

        // a partnership has a few years: three rows show without scrolling
        years.setMinHeight(120);
        years.setPrefHeight(120);
        entries.setMinHeight(120);
        for (TableView<?> table : List.of(overview, years, entries)) {
            table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        }
        VBox detail = new VBox(6, heading, balance, actions, years, entries);
        VBox.setVgrow(entries, Priority.ALWAYS);
        SplitPane split = new SplitPane(overview, detail);
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.32);
        VBox.setVgrow(split, Priority.ALWAYS);
        root.getChildren().setAll(title, tools, split);
        root.setPadding(new Insets(12));
        enableButtons();
    }

    private <T> TableColumn<T, String> column(String key, java.util.function.Function<T, String> value,
                                              double width) {
        TableColumn<T, String> column = TextColumns.of(messages.get(key), value);
        column.setPrefWidth(width);
        return column;
    }

    private Window window() {
        return Dialogs.windowOf(root);
    }

    private Optional<PartnershipStanding> selected() {
        return Optional.ofNullable(overview.getSelectionModel().getSelectedItem());
    }

    private void reload(Long keep) {
        executor.execute(BackgroundTask.wrap(progress -> {
            Optional<Long> side = ledgers.mayManage() ? Optional.empty() : ledgers.ownLibrary();
            return new Loaded(new ExchangeWords(messages, ledgers.members(), side), ledgers.overview());
        }).titled(messages.get("exchange.ui.title")).onSuccess(loaded -> {
            words = loaded.words();
            overview.getItems().setAll(loaded.standings());
            // the kept partnership, else the first: the screen never opens on an empty ledger when there is one
            loaded.standings().stream().filter(s -> keep != null && s.partnership().id().equals(keep)).findFirst()
                    .or(() -> loaded.standings().stream().findFirst())
                    .ifPresentOrElse(s -> overview.getSelectionModel().select(s),
                            () -> showPartnership(null));
            enableButtons();
        }).onFailure(this::failed));
    }

    private void failed(Throwable failure) {
        dialogs.failure(window(), new FailureExplainer(messages).explain(messages.get("exchange.ui.title"), failure));
    }

    private void showPartnership(PartnershipStanding standing) {
        years.getItems().clear();
        entries.getItems().clear();
        allEntries = List.of();
        if (standing == null) {
            heading.setText(messages.get("exchange.ui.choose"));
            balance.setText("");
            enableButtons();
            return;
        }
        Partnership partnership = standing.partnership();
        heading.setText(messages.get("exchange.ui.heading", words.member(partnership.firstMemberId()).name(),
                words.member(partnership.secondMemberId()).name(), partnership.ratio().toString(),
                messages.label("exchange.unit", partnership.unit())));
        balance.setText(words.balance(partnership, standing.year().closing()));
        String first = words.code(partnership.firstMemberId());
        String second = words.code(partnership.secondMemberId());
        years.getColumns().setAll(List.of(
                column("exchange.ui.column.year", year -> year.period().label(), 100),
                column("exchange.ui.column.opening", year -> words.shortBalance(partnership, year.opening()), 200),
                sent(first, PeriodBalance::firstUnits),
                sent(second, PeriodBalance::secondUnits),
                column("exchange.ui.column.closing", year -> words.shortBalance(partnership, year.closing()), 200),
                column("exchange.ui.column.closed", year -> messages.get(year.closed() ? "exchange.print.yes"
                        : "exchange.print.no"), 90)));
        long id = partnership.id();
        executor.execute(BackgroundTask.wrap(progress -> Map.entry(ledgers.years(id), ledgers.entries(id)))
                .titled(messages.get("exchange.ui.title")).onSuccess(loaded -> {
                    if (selected().filter(s -> s.partnership().id() == id).isEmpty()) {
                        return;
                    }
                    allEntries = loaded.getValue();
                    years.getItems().setAll(loaded.getKey());
                    if (!years.getItems().isEmpty()) {
                        years.getSelectionModel().selectLast();
                        years.scrollTo(years.getItems().size() - 1);
                    }
                }).onFailure(this::failed));
        enableButtons();
    }

    private TableColumn<PeriodBalance, String> sent(String code,
                                                    java.util.function.ToLongFunction<PeriodBalance> units) {
        TableColumn<PeriodBalance, String> column = TextColumns.of(messages.get("exchange.ui.column.sentBy", code),
                year -> Long.toString(units.applyAsLong(year)));
        column.setPrefWidth(130);
        return column;
    }

    private void showYear(PeriodBalance year) {
        if (year == null) {
            entries.getItems().clear();
        } else {
            PeriodKind kind = year.period().kind();
            entries.getItems().setAll(allEntries.stream()
                    .filter(entry -> kind.periodOf(entry.date()).equals(year.period())).toList());
        }
        enableButtons();
    }

    private void enableButtons() {
        Optional<PartnershipStanding> chosen = selected();
        boolean mayRecord = chosen.map(s -> ledgers.mayRecord(s.partnership())).orElse(false);
        PeriodBalance year = years.getSelectionModel().getSelectedItem();
        LedgerEntry entry = entries.getSelectionModel().getSelectedItem();
        record.setDisable(!mayRecord);
        reverse.setDisable(!mayRecord || entry == null || entry.reversal());
        closeYear.setDisable(chosen.isEmpty() || year == null || year.closed());
        print.setDisable(chosen.isEmpty() || year == null);
        editPartnership.setDisable(chosen.isEmpty());
    }

    // --- actions ---

    private void recordShipment() {
        selected().ifPresent(standing -> recordShipment(standing.partnership(),
                EntryDialog.fresh(standing.partnership(), words.side(), ledgers.today()), Map.of()));
    }

    private void recordShipment(Partnership partnership, LedgerEntry draft, Map<String, String> errors) {
        String title = messages.get("exchange.ui.record");
        EntryDialog.ask(window(), words, partnership, draft, errors).ifPresent(entry -> executor.execute(
                BackgroundTask.wrap(progress -> ledgers.record(entry)).titled(title).onSuccess(result -> {
                    if (result instanceof SaveResult.Invalid<LedgerEntry> invalid) {
                        recordShipment(partnership, entry, FieldErrorTexts.byField(invalid.validation(), messages));
                    } else {
                        settled(result, title, partnership.id());
                    }
                }).onFailure(this::failed)));
    }

    private void reverseEntry() {
        LedgerEntry entry = entries.getSelectionModel().getSelectedItem();
        if (entry != null) {
            reverseEntry(entry, "", Map.of());
        }
    }

    private void reverseEntry(LedgerEntry entry, String typed, Map<String, String> errors) {
        String title = messages.get("exchange.ui.reverse.heading");
        ReverseDialog.ask(window(), messages, entry, typed, errors).ifPresent(reason -> executor.execute(
                BackgroundTask.wrap(progress -> ledgers.reverse(entry.id(), reason)).titled(title)
                        .onSuccess(result -> {
                            if (result instanceof SaveResult.Invalid<LedgerEntry> invalid) {
                                reverseEntry(entry, reason, FieldErrorTexts.byField(invalid.validation(),
                                        messages));
                            } else {
                                settled(result, title, entry.partnershipId());
                            }
                        }).onFailure(this::failed)));
    }

    private void closeChosenYear() {
        PartnershipStanding standing = selected().orElse(null);
        PeriodBalance year = years.getSelectionModel().getSelectedItem();
        if (standing == null || year == null) {
            return;
        }
        String title = messages.get("exchange.ui.closeYear");
        Partnership partnership = standing.partnership();
        String text = messages.get(partnership.carryOver() ? "exchange.ui.close.confirmCarry"
                : "exchange.ui.close.confirm", year.period().label(), words.balance(partnership, year.closing()));
        if (!dialogs.confirm(window(), title, text, messages.get("exchange.ui.close.ok"))) {
            return;
        }
        executor.execute(BackgroundTask.wrap(progress -> ledgers.closeYear(partnership.id(),
                year.period().startYear())).titled(title).onSuccess(result -> settled(result, title,
                partnership.id())).onFailure(this::failed));
    }

    /** After a save: a refusal in words, then the overview again with the partnership still chosen. */
    private void settled(SaveResult<?> result, String title, long partnershipId) {
        if (result instanceof SaveResult.Invalid<?> invalid) {
            dialogs.error(window(), title, String.join("\n", FieldErrorTexts.byField(invalid.validation(),
                    messages).values()));
        } else if (result instanceof SaveResult.Conflict conflict) {
            dialogs.info(window(), title, messages.get("exchange.ui.gone", conflict.recordLabel()));
        }
        reload(partnershipId);
    }

    private void editPartnership(Partnership current) {
        String title = messages.get(current == null ? "exchange.ui.partnership.new" : "exchange.ui.partnership.edit");
        executor.execute(BackgroundTask.wrap(progress -> agreements.summaries().stream()
                .filter(agreement -> agreement.type() == SinclairType.A_BILATERAL_EXCHANGE)
                .map(ExchangeScreen::choice).toList()).titled(title).onSuccess(choices -> {
            Partnership draft = current != null ? current : new Partnership(null, 0, 0, ExchangeRatio.ONE_FOR_ONE,
                    ExchangeUnit.TITLE, PeriodKind.CALENDAR_YEAR, true, ledgers.today().getYear(), null, "", 0);
            List<ExchangeMember> active = ledgers.members().stream().filter(member -> member.active()
                    || current != null && current.between(member.id())).toList();
            editPartnership(draft, active, choices, Map.of());
        }).onFailure(this::failed));
    }

    private static PartnershipDialog.AgreementChoice choice(AgreementSummary agreement) {
        return new PartnershipDialog.AgreementChoice(agreement.id(), agreement.number() + " \u2013 "
                + String.join(", ", agreement.partyNames()));
    }

    private void editPartnership(Partnership draft, List<ExchangeMember> members,
                                 List<PartnershipDialog.AgreementChoice> choices, Map<String, String> errors) {
        String title = messages.get(draft.id() == null ? "exchange.ui.partnership.new"
                : "exchange.ui.partnership.edit");
        PartnershipDialog.ask(window(), messages, members, choices, draft, errors).ifPresent(changed ->
                executor.execute(BackgroundTask.wrap(progress -> ledgers.savePartnership(changed)).titled(title)
                        .onSuccess(result -> {
                            if (result instanceof SaveResult.Invalid<Partnership> invalid) {
                                editPartnership(changed, members, choices, FieldErrorTexts.byField(
                                        invalid.validation(), messages));
                            } else if (result instanceof SaveResult.Saved<Partnership> saved) {
                                reload(saved.value().id());
                            } else {
                                settled(result, title, changed.id() == null ? -1 : changed.id());
                            }
                        }).onFailure(this::failed)));
    }

    private void printStatement() {
        PartnershipStanding standing = selected().orElse(null);
        PeriodBalance year = years.getSelectionModel().getSelectedItem();
        if (standing == null || year == null) {
            return;
        }
        Partnership partnership = standing.partnership();
        String title = messages.get("exchange.ui.print");
        String name = messages.get("exchange.ui.print.file", words.code(partnership.firstMemberId()),
                words.code(partnership.secondMemberId()), year.period().label().replace('/', '-')) + ".pdf";
        List<LedgerEntry> yearEntries = List.copyOf(entries.getItems());
        ExchangeMember first = words.member(partnership.firstMemberId());
        ExchangeMember second = words.member(partnership.secondMemberId());
        files.save(window(), title, FileDialogs.FileKind.PDF, name).ifPresent(path -> executor.execute(
                BackgroundTask.wrap(progress -> {
                    ForumProfile profile = forum.profile();
                    String agreement = partnership.agreementId() == null ? "" : agreements
                            .agreement(partnership.agreementId()).map(found -> found.number() == null ? ""
                                    : found.number().text()).orElse("");
                    YearStatement statement = new YearStatement(profile.letterhead(), ledgers.today(),
                            profile.city(), partnership, first, second, agreement, year, yearEntries);
                    new AtomicFileWriter().write(path, out -> new YearStatementPdf().write(statement, out));
                    return path;
                }).withProgress(title).onSuccess(written -> new FileWrittenNotice(messages, opener)
                        .show(window(), title, written, true)).onFailure(this::failed)));
    }

    private void exportOverview() {
        String title = messages.get("exchange.ui.export");
        List<PartnershipStanding> standings = List.copyOf(overview.getItems());
        Map<Long, ExchangeMember> members = words.members();
        files.save(window(), title, FileDialogs.FileKind.XLSX, messages.get("exchange.ui.export.file") + ".xlsx")
                .ifPresent(path -> executor.execute(BackgroundTask.wrap(progress -> {
                    new AtomicFileWriter().write(path, out -> new ExchangeOverviewXlsx(messages)
                            .write(standings, members, out));
                    return path;
                }).withProgress(title).onSuccess(written -> new FileWrittenNotice(messages, opener)
                        .show(window(), title, written, true)).onFailure(this::failed)));
    }
}
