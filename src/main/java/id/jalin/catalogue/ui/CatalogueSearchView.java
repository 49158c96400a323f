package id.jalin.catalogue.ui;

import id.jalin.catalogue.domain.CatalogueSort;
import id.jalin.catalogue.domain.IndexedWork;
import id.jalin.catalogue.domain.MaterialKind;
import id.jalin.catalogue.domain.StoredRecord;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.ui.EmptyListText;
import id.jalin.kernel.ui.ShownAs;
import id.jalin.kernel.ui.Styles;
import id.jalin.kernel.ui.TextColumns;
import java.util.List;
import java.util.Map;
import javafx.animation.PauseTransition;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * "Cari di katalog induk": one search box with results as one types, filters beside it, the hits with who holds
 * them, and under them every member's record of the chosen work side by side.
 */
final class CatalogueSearchView {
    /** Short enough to feel immediate, long enough not to search on every key of a fast typist. */
    private static final Duration TYPING_PAUSE = Duration.millis(120);

    private final CatalogueSearchModel model;
    private final Messages messages;
    private final BorderPane root = new BorderPane();
    private final TableView<IndexedWork> table = new TableView<>();
    private final VBox detail = new VBox(8);
    private final ToggleGroup picked = new ToggleGroup();
    final TextField box = new TextField();
    final ComboBox<Long> memberChoice = new ComboBox<>();
    private final HBox detailActions = new HBox(8);
    private long chosenWork = -1;

    CatalogueSearchView(CatalogueSearchModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        SplitPane split = new SplitPane(hitTable(), detailPane());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.55);
        root.setTop(searchBar());
        root.setCenter(split);
        root.setPadding(new Insets(8, 0, 0, 0));
    }

    Node root() {
        return root;
    }

    /** Buttons that act on the record picked in the side-by-side detail (split, join), added by the feature. */
    HBox detailActions() {
        return detailActions;
    }

    /** Whether a record is picked in the side-by-side detail: the split waits for one. */
    javafx.beans.binding.BooleanBinding nothingPicked() {
        return picked.selectedToggleProperty().isNull();
    }

    StoredRecord pickedRecord() {
        return picked.getSelectedToggle() == null ? null : (StoredRecord) picked.getSelectedToggle().getUserData();
    }

    TableView<IndexedWork> table() {
        return table;
    }

    void offerMembers(Map<Long, String> codes) {
        memberChoice.getItems().setAll(new java.util.ArrayList<Long>());
        memberChoice.getItems().add(null);
        codes.entrySet().stream().sorted(Map.Entry.comparingByValue())
                .forEach(entry -> memberChoice.getItems().add(entry.getKey()));
    }

    private Node searchBar() {
        box.setId("catalogue-search");
        id.jalin.kernel.ui.ScreenPlace.keepText(box);
        box.setPromptText(messages.get("catalogue.search.prompt"));
        PauseTransition pause = new PauseTransition(TYPING_PAUSE);
        pause.setOnFinished(event -> model.text.set(box.getText()));
        box.textProperty().addListener((obs, old, now) -> pause.playFromStart());

        memberChoice.setId("catalogue-member");
        memberChoice.setConverter(ShownAs.words(id -> id == null ? messages.get("catalogue.search.any_member")
                : model.memberCode(id)));
        memberChoice.valueProperty().bindBidirectional(model.member);
        memberChoice.setPromptText(messages.get("catalogue.search.any_member"));

        ComboBox<MaterialKind> kind = new ComboBox<>();
        kind.setId("catalogue-kind");
        kind.getItems().add(null);
        kind.getItems().addAll(MaterialKind.values());
        kind.setConverter(ShownAs.words(value -> value == null ? messages.get("catalogue.search.any_kind")
                : messages.label("catalogue.kind", value)));
        kind.setPromptText(messages.get("catalogue.search.any_kind"));
        kind.valueProperty().bindBidirectional(model.kind);

        TextField from = yearField("catalogue-year-from", "catalogue.search.year_from");
        from.textProperty().bindBidirectional(model.yearFrom);
        TextField to = yearField("catalogue-year-to", "catalogue.search.year_to");
        to.textProperty().bindBidirectional(model.yearTo);

        ComboBox<CatalogueSort> sort = new ComboBox<>();
        sort.setId("catalogue-sort");
        sort.getItems().addAll(CatalogueSort.values());
        sort.setConverter(ShownAs.words(value -> messages.label("catalogue.sort", value)));
        sort.valueProperty().bindBidirectional(model.sort);

        Label between = new Label(messages.get("catalogue.search.year_between"));
        // the box has a row of its own: beside the filters its prompt was cut off at a usual window width
        HBox filters = new HBox(8, memberChoice, kind, from, between, to, sort);
        filters.setAlignment(Pos.CENTER_LEFT);
        Label yearError = new Label();
        yearError.getStyleClass().add(Styles.FIELD_ERROR);
        yearError.textProperty().bind(model.yearError);
        yearError.managedProperty().bind(model.yearError.isNotEmpty());
        Label summary = new Label();
        summary.setId("catalogue-summary");
        summary.getStyleClass().add(Styles.MUTED);
        summary.textProperty().bind(model.summary);
        box.setMaxWidth(Double.MAX_VALUE);
        VBox bar = new VBox(6, box, filters, yearError, summary);
        bar.setPadding(new Insets(0, 0, 8, 0));
        return bar;
    }

    private TextField yearField(String id, String promptKey) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(messages.get(promptKey));
        field.setPrefColumnCount(7);
        field.setMinWidth(Region.USE_PREF_SIZE);
        return field;
    }

    private Node hitTable() {
        table.setId("catalogue-hits");
        EmptyListText.on(table, messages.get("catalogue.search.empty"));
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        TableColumn<IndexedWork, String> title = TextColumns.of(messages.get("catalogue.column.title"),
                IndexedWork::title);
        title.setPrefWidth(380);
        TableColumn<IndexedWork, String> author = TextColumns.of(messages.get("catalogue.column.author"),
                IndexedWork::author);
        author.setPrefWidth(180);
        TableColumn<IndexedWork, String> year = TextColumns.of(messages.get("catalogue.column.year"),
                work -> work.year() == null ? "" : String.valueOf(work.year()));
        year.setPrefWidth(60);
        TableColumn<IndexedWork, String> kind = TextColumns.of(messages.get("catalogue.column.kind"),
                work -> messages.label("catalogue.kind", work.kind()));
        kind.setPrefWidth(110);
        TableColumn<IndexedWork, String> holders = TextColumns.of(messages.get("catalogue.column.holders"),
                model::holders);
        holders.setPrefWidth(240);
        for (TableColumn<IndexedWork, String> column : List.of(title, author, year, kind, holders)) {
            // the index orders the hits; a click on a heading would sort only the hundred shown
            column.setSortable(false);
        }
        table.getColumns().setAll(List.of(title, author, year, kind, holders));
        table.setItems(model.hits);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                chosenWork = now.workId();
            }
            model.selected.set(now);
        });
        // a fresh answer (another desk's load, the index brought up to date) keeps the work one was reading
        model.hits.addListener((ListChangeListener<IndexedWork>) change -> model.hits.stream()
                .filter(work -> work.workId() == chosenWork).findFirst()
                .ifPresent(work -> table.getSelectionModel().select(work)));
        return table;
    }

    private Node detailPane() {
        Label heading = new Label();
        heading.getStyleClass().add(Styles.TITLE);
        heading.setWrapText(true);
        model.selected.addListener((obs, old, now) -> heading.setText(now == null ? "" : now.title()));
        ScrollPane scroll = new ScrollPane();
        scroll.setFitToWidth(false);
        RecordsSideBySide sideBySide = new RecordsSideBySide(messages, model::memberCode);
        Label none = new Label(messages.get("catalogue.detail.none"));
        none.setId("catalogue-detail-none");
        none.getStyleClass().add(Styles.MUTED);
        none.setWrapText(true);
        scroll.setContent(none);
        model.records.addListener((ListChangeListener<StoredRecord>) change -> scroll.setContent(
                model.records.isEmpty() ? none : sideBySide.grid(List.copyOf(model.records), picked)));
        VBox.setVgrow(scroll, Priority.ALWAYS);
        detail.getChildren().setAll(heading, detailActions, scroll);
        detail.setPadding(new Insets(8, 0, 0, 0));
        detail.setId("catalogue-detail");
        return detail;
    }

}
