package id.jalin.catalogue.ui;

import id.jalin.catalogue.domain.CatalogueRecord;
import id.jalin.catalogue.domain.CatalogueSearch;
import id.jalin.catalogue.domain.HoldingsSource;
import id.jalin.catalogue.domain.IndexedWork;
import id.jalin.catalogue.domain.LoadOutcome;
import id.jalin.catalogue.domain.MemberLoad;
import id.jalin.catalogue.domain.StoredRecord;
import id.jalin.catalogue.domain.UnionCatalogueService;
import id.jalin.catalogue.load.HoldingsLoading;
import id.jalin.catalogue.source.MarcRecordWriter;
import id.jalin.kernel.files.AtomicFileWriter;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.importing.ImportRefusedException;
import id.jalin.kernel.task.BackgroundTask;
import id.jalin.kernel.task.TaskExecutor;
import id.jalin.kernel.ui.Dialogs;
import id.jalin.kernel.ui.FailureExplainer;
import id.jalin.kernel.ui.FileDialogs;
import id.jalin.kernel.ui.FileOpener;
import id.jalin.kernel.ui.FileWrittenNotice;
import id.jalin.kernel.ui.ImportReportDialog;
import id.jalin.kernel.ui.Styles;
import id.jalin.member.domain.Library;
import id.jalin.member.domain.MemberService;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;

/**
 * The union catalogue screen: the search tab (find a title as one types, see who holds it, every member's record
 * side by side, hand records on as MARC, correct a merge) and the members' holdings tab (load a file, harvest,
 * remove). After every change the workstation's index is brought up to date before the next search.
 */
final class CatalogueScreen {
    private final UnionCatalogueService service;
    private final HoldingsLoading loading;
    private final MemberService members;
    private final TaskExecutor executor;
    private final FileDialogs files;
    private final FileOpener opener;
    private final id.jalin.forum.domain.ForumProfileService forum;
    private final Messages messages;
    private final Dialogs dialogs;
    private final CatalogueSearchModel model;
    private final CatalogueSearchView searchView;
    private final ObservableList<MemberHoldingsRow> memberRows = FXCollections.observableArrayList();
    private final MemberHoldingsView holdingsView;
    private final BorderPane root = new BorderPane();
    /** Opens the loans' new-request form for the chosen work; null where loans are not offered. */
    private final java.util.function.Consumer<id.jalin.catalogue.domain.IndexedWork> askForLoan;

    CatalogueScreen(UnionCatalogueService service, CatalogueSearch search, HoldingsLoading loading,
                    MemberService members, id.jalin.forum.domain.ForumProfileService forum, TaskExecutor executor,
                    FileDialogs files, FileOpener opener, Messages messages,
                    java.util.function.Consumer<id.jalin.catalogue.domain.IndexedWork> askForLoan) {
        this.askForLoan = askForLoan;
        this.forum = forum;
        this.service = service;
        this.loading = loading;
        this.members = members;
        this.executor = executor;
        this.files = files;
        this.opener = opener;
        this.messages = messages;
        this.dialogs = new Dialogs(messages);
        this.model = new CatalogueSearchModel(service, search, executor, messages);
        this.searchView = new CatalogueSearchView(model, messages);
        this.holdingsView = new MemberHoldingsView(messages, memberRows);
        Label title = new Label(messages.get("catalogue.title"));
        title.getStyleClass().add(Styles.TITLE);
        Tab find = new Tab(messages.get("catalogue.tab.search"), searchTab());
        find.setId("catalogue-tab-search");
        Tab holdings = new Tab(messages.get("catalogue.tab.members"), holdingsTab());
        holdings.setId("catalogue-tab-members");
        TabPane tabs = new TabPane(find, holdings);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        root.setTop(title);
        root.setCenter(tabs);
        root.setPadding(new Insets(12));
        root.setId("catalogue");
        refreshMembers();
        model.updateIndex(() -> { });
    }

    Node root() {
        return root;
    }

    private Node searchTab() {
        Button marc21 = new Button(messages.get("catalogue.action.export_marc21"));
        marc21.setId("catalogue-export-marc21");
        marc21.setOnAction(event -> exportMarc(HoldingsSource.MARC21));
        Button marcXml = new Button(messages.get("catalogue.action.export_marcxml"));
        marcXml.setId("catalogue-export-marcxml");
        marcXml.setOnAction(event -> exportMarc(HoldingsSource.MARCXML));
        var chosen = searchView.table().getSelectionModel().getSelectedItems();
        marc21.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(chosen));
        marcXml.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(chosen));
        HBox actions = new HBox(8, marc21, marcXml);
        if (askForLoan != null) {
            Button loan = new Button(messages.get("catalogue.action.ask_loan"));
            loan.setId("catalogue-ask-loan");
            loan.disableProperty().bind(model.selected.isNull());
            loan.setOnAction(event -> askForLoan.accept(model.selected.get()));
            searchView.detailActions().getChildren().add(loan);
        }
        if (service.mayCorrectMerges()) {
            Button join = new Button(messages.get("catalogue.action.join"));
            join.setId("catalogue-join");
            join.disableProperty().bind(javafx.beans.binding.Bindings.size(chosen).lessThan(2));
            join.setOnAction(event -> joinSelected());
            actions.getChildren().add(join);
            Button split = new Button(messages.get("catalogue.action.split"));
            split.setId("catalogue-split");
            split.disableProperty().bind(searchView.nothingPicked());
            split.setOnAction(event -> splitPicked());
            searchView.detailActions().getChildren().add(split);
        }
        BorderPane tab = new BorderPane(searchView.root());
        tab.setTop(actions);
        actions.setPadding(new Insets(8, 0, 0, 0));
        return tab;
    }

    private Node holdingsTab() {
        Button load = new Button(messages.get("catalogue.action.load_file"));
        load.setId("catalogue-load");
        load.disableProperty().bind(holdingsView.table().getSelectionModel().selectedItemProperty().isNull());
        load.setOnAction(event -> selectedMember().ifPresent(this::loadFile));
        Button remove = new Button(messages.get("catalogue.action.remove"));
        remove.setId("catalogue-remove");
        remove.disableProperty().bind(holdingsView.table().getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(event -> selectedMember().ifPresent(this::removeHoldings));
        Button harvest = new Button(messages.get("catalogue.action.harvest"));
        harvest.setId("catalogue-harvest");
        harvest.disableProperty().bind(holdingsView.table().getSelectionModel().selectedItemProperty().isNull());
        harvest.setOnAction(event -> selectedMember().ifPresent(this::harvest));
        Button harvestAll = new Button(messages.get("catalogue.action.harvest_all"));
        harvestAll.setId("catalogue-harvest-all");
        harvestAll.setOnAction(event -> harvestAll());
        harvestAll.setVisible(service.mayCorrectMerges());
        harvestAll.setManaged(service.mayCorrectMerges());
        Button newTitles = new Button(messages.get("catalogue.action.new_titles"));
        newTitles.setId("catalogue-new-titles");
        newTitles.disableProperty().bind(holdingsView.table().getSelectionModel().selectedItemProperty().isNull());
        newTitles.setOnAction(event -> selectedMember().ifPresent(this::newTitles));
        Button clusters = new Button(messages.get("catalogue.action.clusters"));
        clusters.setId("catalogue-clusters");
        clusters.setOnAction(event -> exportClusters());
        holdingsView.actions().getChildren().addAll(load, harvest, harvestAll, remove, newTitles, clusters);
        return holdingsView.root();
    }

    Optional<Library> selectedMember() {
        return Optional.ofNullable(holdingsView.table().getSelectionModel().getSelectedItem())
                .map(MemberHoldingsRow::library);
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    /** Reads the register and the loads again, and tells the search which member code belongs to which id. */
    void refreshMembers() {
        executor.execute(BackgroundTask.wrap(progress -> {
                    Map<Long, MemberLoad> loads = service.loads().stream()
                            .collect(Collectors.toMap(MemberLoad::memberId, Function.identity()));
                    return members.libraries().stream().sorted(Comparator.comparing(Library::code))
                            .map(library -> new MemberHoldingsRow(library,
                                    Optional.ofNullable(loads.get(library.id()))))
                            .toList();
                })
                .titled(messages.get("catalogue.members.reading"))
                .onSuccess(rows -> {
                    memberRows.setAll(rows);
                    Map<Long, String> codes = rows.stream().collect(Collectors.toMap(row -> row.library().id(),
                            row -> row.library().code()));
                    model.setMemberCodes(codes);
                    searchView.offerMembers(codes);
                }));
    }

    private void loadFile(Library member) {
        if (!service.mayLoad(member.id())) {
            dialogs.error(window(), messages.get("catalogue.load.title", member.name()),
                    messages.get("catalogue.load.not_yours"));
            return;
        }
        new LoadFileDialog(messages, files).ask(window(), member.name()).ifPresent(request -> {
            String title = messages.get("catalogue.load.title", member.name());
            executor.execute(BackgroundTask.wrap(progress -> loading.loadFile(member.id(), request.format(),
                            request.layout(), request.file(), progress))
                    .withProgress(messages.get("catalogue.load.progress", request.file().getFileName()))
                    .onSuccess(outcome -> afterLoad(member, title, request.file().getFileName().toString(), outcome))
                    .onCancelled(() -> dialogs.info(window(), title, messages.get("catalogue.load.cancelled")))
                    .onFailure(failure -> dialogs.error(window(), title, explainLoadFailure(failure))));
        });
    }

    /** After a load or a harvest: the register's figures, the report of what was set aside, the index. */
    void afterLoad(Library member, String title, String origin, LoadOutcome outcome) {
        refreshMembers();
        new ImportReportDialog(new ImportReportDialog.Result("catalogueLoadReport", "catalogue.load", title,
                messages.get("catalogue.load.heading", origin),
                messages.get("catalogue.load.summary", outcome.stored(), outcome.matched(), outcome.flagged(),
                        outcome.rejected().size()),
                List.of(messages.get("catalogue.load.column.record_id"), messages.get("catalogue.load.column.title")),
                outcome.rejected()), messages, files, executor, window()).show();
        model.updateIndex(() -> { });
    }

    String explainLoadFailure(Throwable failure) {
        // the member's server said what went wrong in its own words (unknown host, timeout, an OAI error): those,
        // not the general "the database server cannot be reached" that the causes inside would suggest
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof id.jalin.catalogue.harvest.HarvestFailedException harvest) {
                return messages.get("catalogue.load.failed", messages.get(harvest.messageKey(),
                        harvest.args().toArray()));
            }
        }
        if (failure instanceof ImportRefusedException refused) {
            return messages.get("catalogue.load.refused", refused.reasons().stream()
                    .map(reason -> messages.get(reason.messageKey(), reason.args().toArray()))
                    .collect(Collectors.joining("; ")));
        }
        if (failure instanceof IOException) {
            return messages.get("import.unreadable", new FailureExplainer(messages).reason(failure));
        }
        return messages.get("catalogue.load.failed", new FailureExplainer(messages).reason(failure));
    }

    private void harvest(Library member) {
        String title = messages.get("catalogue.harvest.title", member.name());
        if (!member.catalogue().isSet()) {
            dialogs.error(window(), title, messages.get("catalogue.harvest.no_address"));
            return;
        }
        executor.execute(BackgroundTask.wrap(progress -> loading.harvest(member.id(), member.catalogue(), progress))
                .withProgress(messages.get("catalogue.harvest.progress", member.catalogue().url()))
                .onSuccess(outcome -> afterLoad(member, title, member.catalogue().url(), outcome))
                .onCancelled(() -> dialogs.info(window(), title, messages.get("catalogue.load.cancelled")))
                .onFailure(failure -> dialogs.error(window(), title, explainLoadFailure(failure))));
    }

    private void harvestAll() {
        String title = messages.get("catalogue.harvest.all_title");
        List<Library> withAddress = memberRows.stream().map(MemberHoldingsRow::library)
                .filter(library -> library.catalogue().isSet()).toList();
        if (withAddress.isEmpty()) {
            dialogs.info(window(), title, messages.get("catalogue.harvest.none_with_address"));
            return;
        }
        List<String> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        executor.execute(BackgroundTask.wrap(progress -> loading.harvestAll(withAddress, progress,
                        (member, failure) -> failures.add(member.code() + ": " + messages.get(failure.messageKey(),
                                failure.args().toArray()))))
                .withProgress(title)
                .onSuccess(outcomes -> {
                    refreshMembers();
                    model.updateIndex(() -> { });
                    dialogs.info(window(), title, messages.get("catalogue.harvest.all_done", outcomes.size(),
                            failures.size()) + (failures.isEmpty() ? "" : "\n" + String.join("\n", failures)));
                }));
    }

    private void newTitles(Library member) {
        new NewTitlesDialog(messages).ask(window(), member.name(), java.time.LocalDate.now()).ifPresent(request -> {
            String title = messages.get("catalogue.new.title", member.name());
            String name = messages.get("catalogue.new.file_name", member.code()) + request.kind().extension();
            files.save(window(), title, request.kind(), name).ifPresent(path -> executor.execute(
                    BackgroundTask.wrap(progress -> {
                                var list = new id.jalin.catalogue.print.NewTitlesList(forum.profile().letterhead(),
                                        member.name(), request.from(), request.to(),
                                        service.arrivals(member.id(), request.from(), request.to()));
                                new AtomicFileWriter().write(path, out -> {
                                    if (request.kind() == FileDialogs.FileKind.PDF) {
                                        new id.jalin.catalogue.print.NewTitlesPdf(messages).write(list, out);
                                    } else {
                                        new id.jalin.kernel.export.XlsxTableWriter().write(
                                                id.jalin.catalogue.print.NewTitlesTable.of(list, messages), out);
                                    }
                                });
                                return path;
                            })
                            .withProgress(title)
                            .onSuccess(written -> new FileWrittenNotice(messages, opener).show(window(), title,
                                    written, request.kind() == FileDialogs.FileKind.PDF))));
        });
    }

    private void exportClusters() {
        String title = messages.get("catalogue.clusters.title");
        files.save(window(), title, FileDialogs.FileKind.CSV, messages.get("catalogue.clusters.file_name") + ".csv")
                .ifPresent(path -> executor.execute(BackgroundTask.wrap(progress -> {
                            new AtomicFileWriter().write(path, out -> {
                                var csv = new id.jalin.catalogue.print.ClustersCsv(messages, out);
                                service.clusters(csv, progress);
                                csv.close();
                            });
                            return path;
                        })
                        .withProgress(title)
                        .onSuccess(written -> new FileWrittenNotice(messages, opener).show(window(), title, written,
                                false))));
    }

    private void removeHoldings(Library member) {
        String title = messages.get("catalogue.remove.title", member.name());
        if (!dialogs.confirm(window(), title, messages.get("catalogue.remove.text", member.name()),
                messages.get("catalogue.remove.confirm"))) {
            return;
        }
        executor.execute(BackgroundTask.wrap(progress -> {
                    service.removeHoldings(member.id());
                    return null;
                })
                .titled(title)
                .onSuccess(nothing -> {
                    refreshMembers();
                    model.updateIndex(() -> { });
                }));
    }

    private void exportMarc(HoldingsSource format) {
        List<IndexedWork> works = List.copyOf(searchView.table().getSelectionModel().getSelectedItems());
        FileDialogs.FileKind kind = format == HoldingsSource.MARC21 ? FileDialogs.FileKind.MARC21
                : FileDialogs.FileKind.MARCXML;
        String title = messages.get("catalogue.export.title");
        files.save(window(), title, kind, messages.get("catalogue.export.file_name") + kind.extension())
                .ifPresent(path -> executor.execute(BackgroundTask.wrap(progress -> {
                            List<CatalogueRecord> records = new ArrayList<>();
                            for (IndexedWork work : works) {
                                progress.checkCancelled();
                                bestRecord(service.recordsOfWork(work.workId())).ifPresent(records::add);
                            }
                            new AtomicFileWriter().write(path, out -> MarcRecordWriter.write(records, format, out));
                            return path;
                        })
                        .withProgress(title)
                        .onSuccess(written -> new FileWrittenNotice(messages, opener).show(window(), title, written,
                                false))));
    }

    /**
     * The record a member would want for its own catalogue: one kept as its system wrote it (the full MARC), the
     * fullest otherwise.
     */
    static Optional<CatalogueRecord> bestRecord(List<StoredRecord> records) {
        return records.stream().map(StoredRecord::record)
                .max(Comparator.comparing((CatalogueRecord record) -> record.original().isPresent())
                        .thenComparingInt(record -> record.subjects().size() + record.isbns().size()
                                + (record.callNumber().isEmpty() ? 0 : 1) + (record.publisher().isEmpty() ? 0 : 1)));
    }

    private void joinSelected() {
        List<IndexedWork> works = List.copyOf(searchView.table().getSelectionModel().getSelectedItems());
        IndexedWork into = works.get(0);
        askReason(messages.get("catalogue.join.title"), messages.get("catalogue.join.text", works.size(), into.title()))
                .ifPresent(reason -> executor.execute(BackgroundTask.wrap(progress -> {
                            for (IndexedWork work : works.subList(1, works.size())) {
                                service.joinWorks(work.workId(), into.workId(), reason);
                            }
                            return null;
                        })
                        .titled(messages.get("catalogue.join.title"))
                        .onSuccess(nothing -> model.updateIndex(() -> { }))));
    }

    private void splitPicked() {
        StoredRecord picked = searchView.pickedRecord();
        if (picked == null) {
            dialogs.info(window(), messages.get("catalogue.split.title"), messages.get("catalogue.split.pick_first"));
            return;
        }
        askReason(messages.get("catalogue.split.title"), messages.get("catalogue.split.text",
                model.memberCode(picked.memberId()), picked.record().title()))
                .ifPresent(reason -> executor.execute(BackgroundTask.wrap(progress -> {
                            service.split(picked.id(), reason);
                            return null;
                        })
                        .titled(messages.get("catalogue.split.title"))
                        .onSuccess(nothing -> model.updateIndex(() -> { }))));
    }

    private Optional<String> askReason(String title, String text) {
        TextInputDialog dialog = new TextInputDialog();
        dialog.initOwner(window());
        dialog.setTitle(title);
        dialog.setHeaderText(text);
        dialog.setContentText(messages.get("catalogue.reason"));
        dialog.getDialogPane().setId("catalogueReason");
        ((Button) dialog.getDialogPane().lookupButton(javafx.scene.control.ButtonType.OK))
                .setText(messages.get("common.button.ok"));
        ((Button) dialog.getDialogPane().lookupButton(javafx.scene.control.ButtonType.CANCEL))
                .setText(messages.get("common.button.cancel"));
        return dialog.showAndWait().map(String::strip);
    }

    CatalogueSearchView searchView() {
        return searchView;
    }
}
