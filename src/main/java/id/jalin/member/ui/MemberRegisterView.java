package id.jalin.member.ui;

import id.jalin.kernel.text.NaturalOrder;
import id.jalin.kernel.ui.FailureExplainer;
import id.jalin.kernel.export.CsvTableWriter;
import id.jalin.kernel.export.ExportTable;
import id.jalin.kernel.export.XlsxTableWriter;
import id.jalin.kernel.files.AtomicFileWriter;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.task.BackgroundTask;
import id.jalin.kernel.task.TaskExecutor;
import id.jalin.kernel.ui.EmptyListText;
import id.jalin.kernel.ui.Dialogs;
import id.jalin.kernel.ui.FileDialogs;
import id.jalin.kernel.ui.ImportAction;
import id.jalin.kernel.ui.Styles;
import id.jalin.member.domain.Library;
import id.jalin.member.domain.Member;
import id.jalin.member.domain.MemberReference;
import id.jalin.member.domain.MemberStatus;
import id.jalin.member.domain.csv.ImportReport;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.CustomTextField;
import org.controlsfx.control.textfield.TextFields;

/** The member register: a searchable table of member libraries beside the form of the selected one. */
public final class MemberRegisterView {
    private final MemberListViewModel list;
    private final MemberFormViewModel form;
    private final Messages messages;
    private final TaskExecutor executor;
    private final FileDialogs files;
    private final ImportAction<Member, ImportReport> importAction;
    private final Dialogs dialogs;
    private final SplitPane root;
    private final TableView<Library> table = new TableView<>();
    /** True while the table's selection is set by code (kept after a save, set back after "stay"): no loading. */
    private boolean selectingByCode;
    /** The library to select once the rows are read, after the screen was rebuilt in another language. */
    private Long pendingSelection;

    public MemberRegisterView(MemberListViewModel list, MemberFormViewModel form, ImportAction<Member, ImportReport> importAction,
                              Messages messages, TaskExecutor executor, FileDialogs files,
                              java.util.List<id.jalin.kernel.ui.DetailSection> sections) {
        this.list = list;
        this.form = form;
        this.importAction = importAction;
        this.messages = messages;
        this.executor = executor;
        this.files = files;
        this.dialogs = new Dialogs(messages);

        BorderPane listSide = new BorderPane(table());
        listSide.setTop(toolbar());
        listSide.setBottom(summary());
        listSide.setMinWidth(380);

        MemberFormView formView = new MemberFormView(form, messages, sections);
        root = new SplitPane(listSide, formView.root());
        root.setOrientation(Orientation.HORIZONTAL);
        root.setDividerPositions(0.63);
        root.setId("memberRegister");
        // A library's staff start on their own entry, the one they may edit, rather than on an empty new form.
        pendingSelection = list.ownLibrary().orElse(null);
        list.reload();
    }

    public Node root() {
        return root;
    }

    private VBox toolbar() {
        Label title = new Label(messages.get("member.list.title"));
        title.getStyleClass().add(Styles.TITLE);

        CustomTextField search = (CustomTextField) TextFields.createClearableTextField();
        search.setId("searchField");
        id.jalin.kernel.ui.ScreenPlace.keepText(search);
        search.setPromptText(messages.get("member.list.search"));
        search.textProperty().bindBidirectional(list.searchText);
        HBox.setHgrow(search, Priority.ALWAYS);

        ComboBox<MemberStatus> status = new ComboBox<>();
        status.setId("statusFilter");
        status.getItems().add(null);
        status.getItems().addAll(MemberStatus.values());
        status.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(MemberStatus value) {
                return value == null ? messages.get("member.list.allStatuses") : messages.label("member.status", value);
            }

            @Override
            public MemberStatus fromString(String text) {
                return null;
            }
        });
        status.valueProperty().bindBidirectional(list.statusFilter);

        Button add = new Button(messages.get("member.list.add"));
        add.setId("addButton");
        add.setOnAction(event -> guard().proceed(Dialogs.windowOf(root), form, () -> {
            selectQuietly(null);
            form.startNew();
        }));
        Button delete = new Button(messages.get("member.list.delete"));
        delete.setId("deleteButton");
        delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(event -> deleteSelected());

        Button importButton = new Button(messages.get("member.list.import"));
        importButton.setId("importButton");
        importButton.setOnAction(event -> importAction.run(Dialogs.windowOf(root), list::reload));

        MenuItem csv = new MenuItem(messages.get("member.list.export.csv"));
        csv.setId("exportCsv");
        csv.setOnAction(event -> export(FileDialogs.FileKind.CSV));
        MenuItem xlsx = new MenuItem(messages.get("member.list.export.xlsx"));
        xlsx.setId("exportXlsx");
        xlsx.setOnAction(event -> export(FileDialogs.FileKind.XLSX));
        MenuButton export = new MenuButton(messages.get("member.list.export"), null, csv, xlsx);
        export.setId("exportButton");

        // Only forum staff change the register itself; a library's staff edit their own entry in the form.
        for (Node change : java.util.List.of(add, delete, importButton)) {
            change.setVisible(list.mayChangeRegister());
            change.setManaged(list.mayChangeRegister());
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox actions = new HBox(8, add, delete, spacer, importButton, export);
        HBox filters = new HBox(8, search, status);
        VBox box = new VBox(8, title, filters, actions);
        box.setPadding(new Insets(12));
        box.getStyleClass().add(Styles.TOOLBAR);
        return box;
    }

    private TableView<Library> table() {
        table.setId("memberTable");
        table.setItems(list.rows());
        list.rows().comparatorProperty().bind(table.comparatorProperty());
        EmptyListText.on(table, messages.get("member.list.empty"));
        // The name takes what the other columns leave; they keep the width their content needs.
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.getStyleClass().addAll(atlantafx.base.theme.Styles.DENSE, atlantafx.base.theme.Styles.STRIPED);
        TableColumn<Library, String> code = textColumn("member.field.code", Library::code, 82);
        code.setComparator(NaturalOrder.INSTANCE);
        table.getColumns().add(code);
        table.getColumns().add(textColumn("member.field.name", Library::name, 300));
        table.getColumns().add(textColumn("member.field.city", Library::city, 100));
        table.getColumns().add(textColumn("member.field.kind", l -> messages.label("member.kind", l.kind()), 100));
        table.getColumns().add(textColumn("member.field.status", l -> messages.label("member.status", l.status()), 90));
        TableColumn<Library, id.jalin.kernel.money.Money> dues = new TableColumn<>(messages.get("member.field.yearlyDues"));
        dues.setCellValueFactory(cell -> new SimpleObjectProperty<>(cell.getValue().yearlyDues()));
        dues.setCellFactory(column -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(id.jalin.kernel.money.Money money, boolean empty) {
                super.updateItem(money, empty);
                setText(empty || money == null ? "" : messages.money(money));
            }
        });
        dues.getStyleClass().add(Styles.NUMERIC);
        dues.setPrefWidth(120);
        dues.setMinWidth(115);
        table.getColumns().add(dues);
        table.getColumns().add(holdingsColumn());

        table.getSelectionModel().selectedItemProperty().addListener((obs, old, library) -> {
            if (library == null || selectingByCode) {
                return;
            }
            if (form.isDirty() && !library.id().equals(form.id())) {
                // The typing belongs to the row that was selected: go back to it, then ask what to do.
                javafx.application.Platform.runLater(() -> {
                    selectQuietly(form.id());
                    guard().proceed(Dialogs.windowOf(root), form, () -> select(library.id()));
                });
                return;
            }
            list.open(library, found -> found.ifPresentOrElse(form::load, list::reload));
        });
        // The saved row stays (or, when new, becomes) the selected one.
        form.lastSavedProperty().addListener((obs, old, saved) -> {
            if (saved != null) {
                selectQuietly(saved.library().id());
            }
        });
        // The table drops the selection when the selected row is replaced by its saved version; the row the form
        // shows is selected again then, unless the user has moved on (another row, a new member, a delete).
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now == null) {
                javafx.application.Platform.runLater(() -> {
                    Long shown = form.shownLibraryIdProperty().getValue();
                    if (table.getSelectionModel().getSelectedItem() == null && shown != null) {
                        selectQuietly(shown);
                    }
                });
            }
        });
        list.rows().addListener((javafx.collections.ListChangeListener<Library>) change -> {
            if (pendingSelection != null && list.rows().stream().anyMatch(l -> l.id().equals(pendingSelection))) {
                Long wanted = pendingSelection;
                pendingSelection = null;
                select(wanted);
            }
        });
        id.jalin.kernel.ui.ScreenPlace.keep(table, new id.jalin.kernel.ui.ScreenPlace.Keeper() {
            @Override
            public String capture() {
                Library selected = table.getSelectionModel().getSelectedItem();
                return selected == null ? null : selected.id().toString();
            }

            @Override
            public void restore(String place) {
                pendingSelection = Long.valueOf(place);
                if (!list.rows().isEmpty()) {
                    Long wanted = pendingSelection;
                    pendingSelection = null;
                    select(wanted);
                }
            }
        });
        return table;
    }

    /**
     * How many records each member holds in the union catalogue, blank where none were loaded. The register is
     * read whole and sorted in memory (a forum has tens of members), so this column sorts like the others.
     */
    private TableColumn<Library, Integer> holdingsColumn() {
        TableColumn<Library, Integer> column = new TableColumn<>(messages.get("member.catalogue.column"));
        column.setId("holdingsColumn");
        column.setCellValueFactory(cell -> new SimpleObjectProperty<>(list.holdingsCount(cell.getValue())));
        column.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(Integer records, boolean empty) {
                super.updateItem(records, empty);
                setText(empty ? "" : HoldingsText.count(messages, records));
            }
        });
        column.getStyleClass().add(Styles.NUMERIC);
        // It appears after the headings were fitted, so it keeps room for its own heading, measured in the language
        // shown ("Katalog induk" and "Union catalogue" were both squeezed at a fixed width), plus the header's padding.
        javafx.scene.text.Text measured = new javafx.scene.text.Text(column.getText());
        measured.setFont(javafx.scene.text.Font.font(javafx.scene.text.Font.getDefault().getFamily(),
                javafx.scene.text.FontWeight.BOLD, javafx.scene.text.Font.getDefault().getSize() + 1));
        double heading = measured.getLayoutBounds().getWidth() + 48;
        column.setPrefWidth(Math.max(130, heading));
        column.setMinWidth(Math.max(130, heading));
        // The register already fills its pane at the usual window size; a column of blanks would only push it into
        // scrolling sideways, so the column appears once some member's holdings are loaded.
        column.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(list.holdings()));
        return column;
    }

    private id.jalin.kernel.ui.UnsavedChangesGuard guard() {
        return new id.jalin.kernel.ui.UnsavedChangesGuard(messages);
    }

    /** Selects the library with {@code id}, which loads it into the form as a click would. */
    private void select(Long id) {
        list.rows().stream().filter(l -> l.id().equals(id)).findFirst().ifPresent(library -> {
            table.getSelectionModel().select(library);
            table.scrollTo(library);
        });
    }

    /** Selects the row of {@code id} (none for null) without loading it into the form again. */
    private void selectQuietly(Long id) {
        selectingByCode = true;
        try {
            // Cleared first: after its row was replaced the table may keep the index but have lost the item.
            table.getSelectionModel().clearSelection();
            if (id != null) {
                list.rows().stream().filter(l -> l.id().equals(id)).findFirst()
                        .ifPresent(table.getSelectionModel()::select);
            }
        } finally {
            selectingByCode = false;
        }
    }

    private TableColumn<Library, String> textColumn(String key, java.util.function.Function<Library, String> value,
                                                    double width) {
        TableColumn<Library, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(cell -> new SimpleStringProperty(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        if (!key.equals("member.field.name")) {
            column.setMinWidth(width);
            column.setMaxWidth(width * 1.4);
        }
        return column;
    }

    private Label summary() {
        Label summary = new Label();
        summary.setId("memberSummary");
        summary.getStyleClass().add(Styles.MUTED);
        summary.textProperty().bind(list.summaryProperty());
        summary.setPadding(new Insets(6, 12, 6, 12));
        return summary;
    }

    private void deleteSelected() {
        Library library = table.getSelectionModel().getSelectedItem();
        if (library == null) {
            return;
        }
        list.delete(library, new MemberListViewModel.DeleteSteps(
                chosen -> dialogs.confirm(Dialogs.windowOf(root), messages.get("member.delete.title"),
                        messages.get("member.delete.confirm", chosen.name(), chosen.code()),
                        messages.get("member.list.delete")),
                form::startNew,
                references -> dialogs.error(Dialogs.windowOf(root), messages.get("member.delete.title"),
                        messages.get("member.delete.refused", library.name(), describe(references))),
                () -> dialogs.error(Dialogs.windowOf(root), messages.get("member.delete.title"),
                        messages.get("member.delete.failed", library.name()))));
    }

    private String describe(List<MemberReference> references) {
        return references.stream()
                .map(ref -> messages.get("member.delete.reference", ref.count(), tableName(ref.table())))
                .collect(Collectors.joining(", "));
    }

    private String tableName(String table) {
        String key = "member.reference.table." + table;
        return messages.has(key) ? messages.get(key) : table;
    }

    private void export(FileDialogs.FileKind kind) {
        ExportTable data = list.tableAsShown();
        String suggested = messages.get("member.export.fileName") + kind.extension();
        files.save(Dialogs.windowOf(root), messages.get("member.list.export"), kind, suggested).ifPresent(path ->
                executor.execute(BackgroundTask.wrap(progress -> {
                            write(data, kind, path);
                            return path;
                        })
                        .withProgress(messages.get("member.export.progress"))
                        .onSuccess(written -> dialogs.info(Dialogs.windowOf(root), messages.get("member.list.export"),
                                messages.get("member.export.done", data.rows().size(), written.toString())))
                        .onFailure(failure -> dialogs.error(Dialogs.windowOf(root), messages.get("member.list.export"),
                                messages.get("common.error.writeFailed", path.toString(), new FailureExplainer(messages).reason(failure))))));
    }

    private static void write(ExportTable data, FileDialogs.FileKind kind, Path path) throws java.io.IOException {
        new AtomicFileWriter().write(path, out -> {
            if (kind == FileDialogs.FileKind.XLSX) {
                new XlsxTableWriter().write(data, out);
            } else {
                new CsvTableWriter().write(data, out);
            }
        });
    }
}
