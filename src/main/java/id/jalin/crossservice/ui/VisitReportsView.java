package id.jalin.crossservice.ui;

import id.jalin.crossservice.domain.ArrivalCount;
import id.jalin.crossservice.domain.FeeIncome;
import id.jalin.crossservice.domain.VisitAnnouncement;
import id.jalin.crossservice.domain.VisitLogEntry;
import id.jalin.crossservice.domain.VisitLogFilter;
import id.jalin.crossservice.domain.VisitLogSort;
import id.jalin.kernel.ui.PagedTable;
import id.jalin.member.domain.Library;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import id.jalin.kernel.export.CsvTableWriter;
import id.jalin.kernel.export.ExportTable;
import id.jalin.kernel.export.XlsxTableWriter;
import id.jalin.kernel.files.AtomicFileWriter;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.task.BackgroundTask;
import id.jalin.kernel.task.TaskExecutor;
import id.jalin.kernel.ui.EmptyListText;
import id.jalin.kernel.ui.BoundControls;
import id.jalin.kernel.ui.Dialogs;
import id.jalin.kernel.ui.FailureExplainer;
import id.jalin.kernel.ui.FileDialogs;
import id.jalin.kernel.ui.FileOpener;
import id.jalin.kernel.ui.FileWrittenNotice;
import id.jalin.kernel.ui.Styles;
import id.jalin.kernel.ui.TextColumns;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** The visit reports: arrivals per host and home library per month, no-shows and card fee income; log export. */
final class VisitReportsView {
    private final VisitReportsViewModel model;
    private final Messages messages;
    private final FileOpener opener;
    private final ScrollPane root;

    VisitReportsView(VisitReportsViewModel model, Messages messages, TaskExecutor executor, FileDialogs files,
                     FileOpener opener) {
        this.opener = opener;
        this.model = model;
        this.messages = messages;
        BoundControls controls = new BoundControls(messages);
        Button refresh = new Button(messages.get("visit.report.show"));
        refresh.setId("reportRefresh");
        refresh.setOnAction(event -> model.reload());
        Button xlsx = new Button(messages.get("visit.report.exportXlsx"));
        xlsx.setId("exportLogXlsx");
        xlsx.setOnAction(event -> export(executor, files, FileDialogs.FileKind.XLSX));
        Button csv = new Button(messages.get("visit.report.exportCsv"));
        csv.setId("exportLogCsv");
        csv.setOnAction(event -> export(executor, files, FileDialogs.FileKind.CSV));
        FlowPane bar = new FlowPane(10, 8, new Label(messages.get("visit.announce.from")),
                controls.date("reportFrom", model.from), new Label(messages.get("visit.announce.to")),
                controls.date("reportTo", model.to), refresh, xlsx, csv);
        bar.setAlignment(Pos.CENTER_LEFT);

        GridPane tables = new GridPane();
        tables.setHgap(16);
        tables.setVgap(8);
        tables.add(section("visit.report.byHost", counts("reportByHost", model.byHost)), 0, 0);
        tables.add(section("visit.report.byHome", counts("reportByHome", model.byHome)), 1, 0);
        tables.add(section("visit.report.noShows", noShows()), 0, 1);
        tables.add(section("visit.report.fees", fees()), 1, 1);
        javafx.scene.layout.ColumnConstraints half = new javafx.scene.layout.ColumnConstraints();
        half.setPercentWidth(50);
        tables.getColumnConstraints().addAll(half, half);

        VBox box = new VBox(12, bar, tables, logSection());
        box.setPadding(new Insets(12));
        root = new ScrollPane(box);
        root.setFitToWidth(true);
        root.setId("visitReports");
    }

    Node root() {
        return root;
    }

    private Node section(String titleKey, TableView<?> table) {
        Label title = new Label(messages.get(titleKey));
        title.getStyleClass().add(Styles.MUTED);
        table.setPrefHeight(220);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        EmptyListText.on(table, messages.get("visit.report.empty"));
        // Library names are the long text here: their column gets the room, the numbers stay narrow.
        table.getColumns().get(0).setPrefWidth(240);
        return new VBox(4, title, table);
    }

    /** The visit log of the period, a page at a time: host, search and sort go to the database. */
    private Node logSection() {
        Label title = new Label(messages.get("visit.report.log"));
        title.getStyleClass().add(Styles.MUTED);
        ComboBox<Library> host = new ComboBox<>();
        host.setId("logHost");
        host.setPrefWidth(320);
        // null stands for every host, shown first
        Runnable fillHosts = () -> {
            List<Library> items = new ArrayList<>();
            items.add(null);
            items.addAll(model.libraries);
            host.getItems().setAll(items);
        };
        fillHosts.run();
        model.libraries.addListener((javafx.collections.ListChangeListener<Library>) change -> fillHosts.run());
        host.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Library item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? "" : hostName(item));
            }
        });
        host.setButtonCell(host.getCellFactory().call(null));
        host.setPromptText(messages.get("visit.report.allHosts"));
        host.valueProperty().bindBidirectional(model.logHost);
        TextField search = new TextField();
        search.setId("logSearch");
        id.jalin.kernel.ui.ScreenPlace.keepText(search);
        search.setPromptText(messages.get("visit.report.logSearch"));
        PagedTable.debounce(search, model.logSearch);
        HBox.setHgrow(search, Priority.ALWAYS);
        Label error = new Label();
        error.getStyleClass().add(Styles.FIELD_ERROR);
        error.textProperty().bind(model.error);
        HBox filters = new HBox(8, host, search, error);
        filters.setAlignment(Pos.CENTER_LEFT);

        TableView<VisitLogEntry> table = new TableView<>();
        table.setId("visitLog");
        table.setPrefHeight(360);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        EmptyListText.on(table, messages.get("visit.report.empty"));
        DateTimeFormatter time = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
        TableColumn<VisitLogEntry, String> when = TextColumns.of(messages.get("visit.report.time"),
                e -> time.format(e.arrival().arrivedAt()));
        TableColumn<VisitLogEntry, String> where = TextColumns.of(messages.get("visit.report.host"),
                e -> model.library(e.arrival().hostLibraryId()));
        TableColumn<VisitLogEntry, String> scanned = TextColumns.of(messages.get("visit.desk.number"),
                e -> e.arrival().scannedText());
        TableColumn<VisitLogEntry, String> who = TextColumns.of(messages.get("visit.desk.name"),
                VisitReportsViewModel::holderText);
        TableColumn<VisitLogEntry, String> verdict = TextColumns.of(messages.get("visit.desk.verdict"),
                e -> messages.label("visit.verdictShort", e.arrival().verdict()));
        table.getColumns().addAll(List.of(when, where, scanned, who, verdict));
        PagedTable.bind(table, model.log(), Map.of(when, VisitLogSort.TIME, where, VisitLogSort.HOST,
                scanned, VisitLogSort.SCANNED, who, VisitLogSort.HOLDER, verdict, VisitLogSort.VERDICT));
        when.setSortType(TableColumn.SortType.DESCENDING);
        table.getSortOrder().add(when);
        return new VBox(6, title, filters, table, PagedTable.pager(model.log(), messages, "logPage"));
    }

    private String hostName(Library library) {
        return library == null ? messages.get("visit.report.allHosts") : model.library(library.id());
    }

    private TableView<ArrivalCount> counts(String id, ObservableList<ArrivalCount> rows) {
        TableView<ArrivalCount> table = new TableView<>(rows);
        table.setId(id);
        table.getColumns().add(TextColumns.of(messages.get("visit.report.library"), c -> model.library(c.libraryId())));
        table.getColumns().add(TextColumns.of(messages.get("visit.report.month"), c -> model.month(c.month())));
        table.getColumns().add(TextColumns.of(messages.get("visit.desk.verdict"),
                c -> messages.label("visit.verdictShort", c.verdict())));
        table.getColumns().add(TextColumns.of(messages.get("visit.report.count"), c -> String.valueOf(c.count())));
        return table;
    }

    private TableView<VisitAnnouncement> noShows() {
        TableView<VisitAnnouncement> table = new TableView<>(model.noShows);
        table.setId("reportNoShows");
        table.getColumns().add(TextColumns.of(messages.get("visit.announce.holder"), a -> model.holder(a.holderId())));
        table.getColumns().add(TextColumns.of(messages.get("visit.report.host"), a -> model.library(a.hostLibraryId())));
        table.getColumns().add(TextColumns.of(messages.get("visit.announce.dates"), a -> messages.date(a.from())));
        return table;
    }

    private TableView<FeeIncome> fees() {
        TableView<FeeIncome> table = new TableView<>(model.fees);
        table.setId("reportFees");
        table.getColumns().add(TextColumns.of(messages.get("visit.report.library"), f -> model.library(f.homeLibraryId())));
        table.getColumns().add(TextColumns.of(messages.get("visit.report.month"), f -> model.month(f.month())));
        table.getColumns().add(TextColumns.of(messages.get("visit.report.cards"), f -> String.valueOf(f.cards())));
        table.getColumns().add(TextColumns.of(messages.get("visit.report.total"), f -> messages.money(f.total())));
        return table;
    }

    private void export(TaskExecutor executor, FileDialogs files, FileDialogs.FileKind kind) {
        VisitLogFilter filter = model.logFilter();
        if (filter == null) {
            return;
        }
        String search = model.logSearch.get();
        Dialogs dialogs = new Dialogs(messages);
        files.save(Dialogs.windowOf(root), messages.get("visit.report.exportTitle"), kind,
                messages.get("visit.report.fileName") + kind.extension()).ifPresent(path ->
                executor.execute(BackgroundTask.wrap(progress -> {
                            ExportTable data = model.logTable(filter, search);
                            new AtomicFileWriter().write(path, out -> {
                                if (kind == FileDialogs.FileKind.XLSX) {
                                    new XlsxTableWriter().write(data, out);
                                } else {
                                    new CsvTableWriter().write(data, out);
                                }
                            });
                            return data.rows().size();
                        })
                        .withProgress(messages.get("visit.report.exporting"))
                        .onSuccess(count -> new FileWrittenNotice(messages, opener).show(Dialogs.windowOf(root),
                                messages.get("written.export.report", count), path, false))
                        .onFailure(failure -> dialogs.error(Dialogs.windowOf(root), messages.get("visit.report.exportTitle"),
                                messages.get("common.error.writeFailed", path, new FailureExplainer(messages).reason(failure))))));
    }
}
