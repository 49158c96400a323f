package id.jalin.audit.ui;

import id.jalin.kernel.audit.AuditFilter;
import id.jalin.kernel.audit.AuditLogEntry;
import id.jalin.kernel.audit.AuditSort;
import id.jalin.kernel.audit.AuditUser;
import id.jalin.kernel.audit.FieldChange;
import id.jalin.kernel.export.ExportTable;
import id.jalin.kernel.export.XlsxTableWriter;
import id.jalin.kernel.files.AtomicFileWriter;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.task.BackgroundTask;
import id.jalin.kernel.task.TaskExecutor;
import id.jalin.kernel.ui.BoundControls;
import id.jalin.kernel.ui.Dialogs;
import id.jalin.kernel.ui.EmptyListText;
import id.jalin.kernel.ui.FailureExplainer;
import id.jalin.kernel.ui.FileDialogs;
import id.jalin.kernel.ui.FileOpener;
import id.jalin.kernel.ui.FileWrittenNotice;
import id.jalin.kernel.ui.PagedTable;
import id.jalin.kernel.ui.Styles;
import id.jalin.kernel.ui.TextColumns;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * "Jejak audit": the filters on top, the trail a page at a time, the chosen entry's fields with their old and new
 * values under it, and the export of everything the filters select.
 */
final class AuditTrailView {
    private final AuditTrailViewModel model;
    private final Messages messages;
    private final TaskExecutor executor;
    private final FileDialogs files;
    private final FileOpener opener;
    private final BorderPane root = new BorderPane();

    AuditTrailView(AuditTrailViewModel model, Messages messages, TaskExecutor executor, FileDialogs files,
                   FileOpener opener) {
        this.model = model;
        this.messages = messages;
        this.executor = executor;
        this.files = files;
        this.opener = opener;
        Label title = new Label(messages.get("audit.title"));
        title.getStyleClass().add(Styles.TITLE);
        SplitPane split = new SplitPane(list(), detail());
        // one above the other: both tables get the window's width, the changes' texts need it
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.62);
        VBox top = new VBox(8, title, filters());
        top.setPadding(new Insets(0, 0, 8, 0));
        root.setTop(top);
        root.setCenter(split);
        root.setPadding(new Insets(12));
        root.setId("auditTrail");
    }

    Node root() {
        return root;
    }

    private Node filters() {
        BoundControls controls = new BoundControls(messages);
        ComboBox<AuditUser> user = choice("auditUser", model.users, model::userName);
        user.valueProperty().bindBidirectional(model.user);
        ComboBox<String> feature = choice("auditFeature", model.features, model::featureName);
        feature.valueProperty().bindBidirectional(model.feature);
        TextField search = new TextField();
        search.setId("auditSearch");
        id.jalin.kernel.ui.ScreenPlace.keepText(search);
        search.setPromptText(messages.get("audit.filter.record"));
        search.setPrefColumnCount(18);
        PagedTable.debounce(search, model.search);
        Button export = new Button(messages.get("audit.export"));
        export.setId("auditExport");
        export.setOnAction(event -> export());
        FlowPane bar = new FlowPane(8, 8, new Label(messages.get("audit.filter.user")), user,
                new Label(messages.get("audit.filter.from")), controls.date("auditFrom", model.from),
                new Label(messages.get("audit.filter.to")), controls.date("auditTo", model.to),
                new Label(messages.get("audit.filter.feature")), feature, search, export);
        bar.setAlignment(Pos.CENTER_LEFT);
        Label error = new Label();
        error.setId("auditError");
        error.getStyleClass().add(Styles.FIELD_ERROR);
        error.textProperty().bind(model.error);
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        return new VBox(6, bar, error);
    }

    /** A filter choice with "all" (null) first; the items follow the model's list. */
    private <T> ComboBox<T> choice(String id, javafx.collections.ObservableList<T> items, Function<T, String> text) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        Runnable fill = () -> {
            T chosen = box.getValue();
            List<T> all = new ArrayList<>();
            all.add(null);
            all.addAll(items);
            box.getItems().setAll(all);
            box.setValue(chosen);
        };
        fill.run();
        items.addListener((javafx.collections.ListChangeListener<T>) change -> fill.run());
        box.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? "" : text.apply(item));
            }
        });
        box.setButtonCell(box.getCellFactory().call(null));
        return box;
    }

    private Node list() {
        TableView<AuditLogEntry> table = new TableView<>();
        table.setId("auditEntries");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        EmptyListText.on(table, messages.get("audit.empty"));
        TableColumn<AuditLogEntry, String> when = TextColumns.of(messages.get("audit.column.when"),
                e -> messages.dateTime(e.occurredAt()));
        when.setMinWidth(150);
        TableColumn<AuditLogEntry, String> who = TextColumns.of(messages.get("audit.column.who"),
                AuditLogEntry::userName);
        TableColumn<AuditLogEntry, String> action = TextColumns.of(messages.get("audit.column.action"),
                e -> messages.label("audit.action", e.action()));
        TableColumn<AuditLogEntry, String> feature = TextColumns.of(messages.get("audit.column.feature"),
                e -> model.featureName(e.feature()));
        TableColumn<AuditLogEntry, String> record = TextColumns.of(messages.get("audit.column.record"),
                AuditLogEntry::recordLabel);
        record.setPrefWidth(200);
        TableColumn<AuditLogEntry, String> summary = TextColumns.of(messages.get("audit.column.changes"),
                model::summary);
        summary.setPrefWidth(240);
        table.getColumns().addAll(List.of(when, who, action, feature, record, summary));
        PagedTable.bind(table, model.rows(), Map.of(when, AuditSort.TIME, who, AuditSort.USER,
                action, AuditSort.ACTION, feature, AuditSort.FEATURE, record, AuditSort.RECORD));
        when.setSortType(TableColumn.SortType.DESCENDING);
        table.getSortOrder().add(when);
        model.selected.bind(table.getSelectionModel().selectedItemProperty());
        VBox.setVgrow(table, Priority.ALWAYS);
        return new VBox(6, table, PagedTable.pager(model.rows(), messages, "auditPage"));
    }

    private Node detail() {
        Label heading = new Label();
        heading.setId("auditDetailHeading");
        heading.setWrapText(true);
        heading.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        heading.getStyleClass().add(Styles.MUTED);
        heading.textProperty().bind(Bindings.createStringBinding(() -> {
            AuditLogEntry entry = model.selected.get();
            return entry == null ? ""
                    : messages.get("audit.detail.heading", entry.recordLabel(), entry.table(), String.valueOf(entry.recordId()),
                    entry.userName(), entry.userLogin());
        }, model.selected));
        TableView<FieldChange> fields = new TableView<>(model.changes);
        fields.setId("auditChanges");
        fields.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        EmptyListText.on(fields, "");
        // before a choice the pane says how to get one; after it, that the entry changed no field
        ((Label) fields.getPlaceholder()).textProperty().bind(Bindings.createStringBinding(() ->
                messages.get(model.selected.get() == null ? "audit.detail.none" : "audit.detail.noFields"),
                model.selected));
        fields.getColumns().add(TextColumns.of(messages.get("audit.column.field"), FieldChange::field));
        fields.getColumns().add(TextColumns.of(messages.get("audit.column.old"), c -> model.shown(c.oldValue())));
        fields.getColumns().add(TextColumns.of(messages.get("audit.column.new"), c -> model.shown(c.newValue())));
        VBox.setVgrow(fields, Priority.ALWAYS);
        VBox box = new VBox(6, heading, fields);
        box.setPadding(new Insets(8, 0, 0, 0));
        return box;
    }

    private void export() {
        AuditFilter filter = model.filter();
        if (filter == null) {
            return;
        }
        String text = model.search.get();
        Dialogs dialogs = new Dialogs(messages);
        files.save(Dialogs.windowOf(root), messages.get("audit.export.title"), FileDialogs.FileKind.XLSX,
                messages.get("audit.export.fileName") + FileDialogs.FileKind.XLSX.extension()).ifPresent(path ->
                executor.execute(BackgroundTask.wrap(progress -> {
                            ExportTable data = model.exportTable(filter, text);
                            new AtomicFileWriter().write(path, out -> new XlsxTableWriter().write(data, out));
                            return data.rows().size();
                        })
                        .withProgress(messages.get("audit.export.running"))
                        .onSuccess(count -> new FileWrittenNotice(messages, opener).show(Dialogs.windowOf(root),
                                messages.get("audit.export.written", count), path, false))
                        .onFailure(failure -> dialogs.error(Dialogs.windowOf(root), messages.get("audit.export.title"),
                                messages.get("common.error.writeFailed", path,
                                        new FailureExplainer(messages).reason(failure))))));
    }
}
