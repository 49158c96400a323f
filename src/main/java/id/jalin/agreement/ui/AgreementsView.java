package id.jalin.agreement.ui;

import id.jalin.agreement.domain.AgreementKind;
import id.jalin.agreement.domain.AgreementStatus;
import id.jalin.agreement.domain.AgreementSummary;
import id.jalin.agreement.domain.SinclairType;
import id.jalin.kernel.text.NaturalOrder;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.ui.EmptyListText;
import id.jalin.kernel.ui.BoundControls;
import id.jalin.kernel.ui.Styles;
import id.jalin.member.domain.Library;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The agreements screen: the filtered list beside the editor of the selected agreement. */
final class AgreementsView {
    private final AgreementListViewModel list;
    private final AgreementEditorViewModel editor;
    /** True while the selection is set by code (set back after "stay"): nothing is opened. */
    private boolean selectingByCode;
    private final Messages messages;
    private final BoundControls controls;
    private final SplitPane root;
    private final TableView<AgreementSummary> table = new TableView<>();

    AgreementsView(AgreementListViewModel list, AgreementEditorViewModel editor, Messages messages,
                   ObservableList<Library> libraries, AgreementActions actions, Runnable exportCalendar) {
        this.list = list;
        this.editor = editor;
        this.messages = messages;
        this.controls = new BoundControls(messages);

        BorderPane listSide = new BorderPane(table());
        listSide.setTop(toolbar(exportCalendar));
        Label summary = new Label();
        summary.setId("agreementSummary");
        summary.getStyleClass().add(Styles.MUTED);
        summary.textProperty().bind(list.summaryProperty());
        summary.setPadding(new Insets(6, 12, 6, 12));
        listSide.setBottom(summary);
        listSide.setMinWidth(360);

        root = new SplitPane(listSide, new AgreementEditorView(editor, messages, libraries, actions).root());
        root.setDividerPositions(0.5);
        root.setId("agreements");
        id.jalin.kernel.ui.UnsavedChanges.attach(root, editor);
    }

    Node root() {
        return root;
    }

    /** Selects and opens an agreement, for example from a reminder or a member's list. */
    void open(long id) {
        list.reload(rows -> rows.stream().filter(r -> r.id() == id).findFirst()
                .ifPresent(row -> table.getSelectionModel().select(row)));
    }

    /** Lists the agreements and shows the first, for those who read agreements but may not start a new one. */
    void openFirst() {
        list.reload(rows -> rows.stream().findFirst().ifPresent(row -> table.getSelectionModel().select(row)));
    }

    private Node toolbar(Runnable exportCalendar) {
        Label title = new Label(messages.get("agreement.list.title"));
        title.getStyleClass().add(Styles.TITLE);
        TextField search = controls.text("agreementSearch", list.searchText);
        search.setPromptText(messages.get("agreement.list.search"));
        HBox.setHgrow(search, Priority.ALWAYS);

        ComboBox<AgreementStatus> status = controls.filter("statusFilter", AgreementStatus.values(), "agreement.status",
                messages.get("agreement.list.allStatuses"), list.statusFilter);
        ComboBox<AgreementKind> kind = controls.filter("kindFilter", AgreementKind.values(), "agreement.kind",
                messages.get("agreement.list.allKinds"), list.kindFilter);
        ComboBox<SinclairType> type = controls.filter("typeFilter", SinclairType.values(), "agreement.type",
                messages.get("agreement.list.allTypes"), list.typeFilter);
        ComboBox<Integer> year = new ComboBox<>();
        year.setId("yearFilter");
        year.setPromptText(messages.get("agreement.list.allYears"));
        year.setButtonCell(nullable(messages.get("agreement.list.allYears")));
        list.years.addListener((javafx.collections.ListChangeListener<Integer>) change -> {
            Integer chosen = year.getValue();
            year.getItems().setAll(list.years);
            year.getItems().add(0, null);
            year.setValue(chosen);
        });
        year.valueProperty().bindBidirectional(list.yearFilter);
        ComboBox<String> party = new ComboBox<>();
        party.setId("partyFilter");
        party.setPromptText(messages.get("agreement.list.allParties"));
        party.setButtonCell(nullable(messages.get("agreement.list.allParties")));
        party.setMaxWidth(260);
        list.partyNames.addListener((javafx.collections.ListChangeListener<String>) change -> {
            String chosen = party.getValue();
            party.getItems().setAll(list.partyNames);
            party.getItems().add(0, null);
            party.setValue(chosen);
        });
        party.valueProperty().bindBidirectional(list.partyFilter);

        MenuItem newPks = new MenuItem(messages.get("agreement.list.newPks"));
        newPks.setId("newPks");
        newPks.setOnAction(event -> startNew(AgreementKind.PKS));
        MenuItem newMou = new MenuItem(messages.get("agreement.list.newMou"));
        newMou.setId("newMou");
        newMou.setOnAction(event -> startNew(AgreementKind.MOU));
        MenuButton create = new MenuButton(messages.get("agreement.list.new"), null, newPks, newMou);
        create.setId("newAgreementButton");
        id.jalin.kernel.ui.ReadOnlyLock.hide(create, editor.mayChangeProperty());
        Button calendar = new Button(messages.get("agreement.list.exportCalendar"));
        calendar.setId("exportCalendarButton");
        calendar.setOnAction(event -> exportCalendar.run());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        VBox box = new VBox(8, title, new HBox(8, search), new FlowPane(8, 6, status, kind, type, year, party),
                new HBox(8, create, spacer, calendar));
        box.setPadding(new Insets(12));
        box.getStyleClass().add(Styles.TOOLBAR);
        return box;
    }

    private <T> javafx.scene.control.ListCell<T> nullable(String emptyText) {
        return new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? emptyText : item.toString());
            }
        };
    }

    private void startNew(AgreementKind kind) {
        guard().proceed(id.jalin.kernel.ui.Dialogs.windowOf(root), editor, () -> {
            selectQuietly(null);
            editor.startNew(kind);
        });
    }

    private id.jalin.kernel.ui.UnsavedChangesGuard guard() {
        return new id.jalin.kernel.ui.UnsavedChangesGuard(messages);
    }

    /** Selects the row of {@code id} (none for null) without opening it in the editor again. */
    private void selectQuietly(Long id) {
        selectingByCode = true;
        try {
            table.getSelectionModel().clearSelection();
            list.rows().stream().filter(row -> id != null && row.id() == id).findFirst()
                    .ifPresent(table.getSelectionModel()::select);
        } finally {
            selectingByCode = false;
        }
    }

    private TableView<AgreementSummary> table() {
        table.setId("agreementTable");
        table.setItems(list.rows());
        list.rows().comparatorProperty().bind(table.comparatorProperty());
        EmptyListText.on(table, messages.get("agreement.list.empty"));
        table.getStyleClass().addAll(atlantafx.base.theme.Styles.DENSE, atlantafx.base.theme.Styles.STRIPED);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        TableColumn<AgreementSummary, String> number = column("agreement.field.number", AgreementSummary::number, 200);
        number.setMinWidth(170);
        number.setComparator(NaturalOrder.INSTANCE);
        table.getColumns().add(number);
        TableColumn<AgreementSummary, String> title = column("agreement.field.titleId", s -> s.titleId() + "\n"
                + String.join(", ", s.partyNames()), 260);
        table.getColumns().add(title);
        TableColumn<AgreementSummary, String> status = column("agreement.field.status",
                s -> messages.label("agreement.status", s.status()), 110);
        status.setMinWidth(100);
        table.getColumns().add(status);
        TableColumn<AgreementSummary, String> ends = column("agreement.list.ends", s -> messages.date(s.effectiveEnd()), 130);
        ends.setMinWidth(120);
        table.getColumns().add(ends);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row == null || selectingByCode) {
                return;
            }
            var shown = editor.current();
            Long shownId = shown == null ? null : shown.id();
            if (editor.isDirty() && (shownId == null || shownId != row.id())) {
                // The typing belongs to the agreement the editor shows: go back to it, then ask what to do.
                javafx.application.Platform.runLater(() -> {
                    selectQuietly(shownId);
                    guard().proceed(id.jalin.kernel.ui.Dialogs.windowOf(root), editor,
                            () -> table.getSelectionModel().select(row));
                });
                return;
            }
            list.open(row.id(), found -> found.ifPresentOrElse(editor::load, list::reload));
        });
        return table;
    }

    private TableColumn<AgreementSummary, String> column(String key,
                                                         java.util.function.Function<AgreementSummary, String> value,
                                                         double width) {
        TableColumn<AgreementSummary, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(cell -> new SimpleStringProperty(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
