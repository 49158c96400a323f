package id.jalin.crossservice.ui;

import id.jalin.crossservice.domain.CardHolder;
import id.jalin.crossservice.domain.CardStatus;
import id.jalin.crossservice.domain.HolderKind;
import id.jalin.crossservice.ui.HolderCardsViewModel.CardRow;
import id.jalin.kernel.text.NaturalOrder;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.ui.EmptyListText;
import id.jalin.kernel.ui.BoundControls;
import id.jalin.kernel.ui.Dialogs;
import id.jalin.kernel.ui.FieldErrorMarks;
import id.jalin.kernel.ui.FileDialogs;
import id.jalin.kernel.ui.FormGrid;
import id.jalin.kernel.ui.PagedTable;
import id.jalin.crossservice.domain.HolderSort;
import id.jalin.kernel.ui.StaleRecordHandler;
import id.jalin.kernel.ui.Styles;
import id.jalin.member.domain.Library;
import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.MapChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** Holders of one home library: the table, the form beside it, and the holder's cards under the form. */
final class HolderScreenView {
    /** What the toolbar's actions do; the screen wires them to the actions and dialogs. */
    interface Actions {
        void importCsv(Node owner);

        void importPhotos(Node owner);

        void print(Node owner, List<HolderRow> selected);

        void calibrate(Node owner);


        void cardPrefixes(Node owner);

        void issue(Node owner);

        void revoke(Node owner, CardRow row);

        void replaceLost(Node owner, CardRow row);
    }

    /** True while the table is put back on the row whose typing is unsaved, so that is not taken as a choice. */
    private boolean goingBack;
    private final HolderListViewModel list;
    private final HolderFormViewModel form;
    private final HolderCardsViewModel cards;
    private final Messages messages;
    private final FileDialogs files;
    private final Actions actions;
    private final BorderPane root = new BorderPane();
    private final TableView<HolderRow> table = new TableView<>();
    private final TableView<CardRow> cardTable = new TableView<>();
    private static final double PHOTO_WIDTH = 96;
    private static final double PHOTO_HEIGHT = 128;

    HolderScreenView(HolderListViewModel list, HolderFormViewModel form, HolderCardsViewModel cards,
                     Messages messages, FileDialogs files, Actions actions) {
        this.list = list;
        this.form = form;
        this.cards = cards;
        this.messages = messages;
        this.files = files;
        this.actions = actions;
        root.setId("cardHolderScreen");
        root.setTop(toolbar());
        SplitPane split = new SplitPane(holderTable(), detail());
        split.setDividerPositions(0.49);
        root.setCenter(split);
    }

    Node root() {
        return root;
    }

    private Node toolbar() {
        ComboBox<Library> library = new ComboBox<>(list.libraries);
        library.setId("libraryChooser");
        library.setValue(list.library.get());
        list.library.addListener((obs, old, now) -> library.setValue(now));
        library.valueProperty().addListener((obs, old, chosen) -> {
            if (goingBack || chosen == list.library.get()) {
                return;
            }
            if (!form.dirtyProperty().get()) {
                list.library.set(chosen);
                return;
            }
            // the typing belongs to a holder of the library shown: stay on it, then ask what to do
            javafx.application.Platform.runLater(() -> {
                goingBack = true;
                library.setValue(old);
                goingBack = false;
                new id.jalin.kernel.ui.UnsavedChangesGuard(messages).proceed(Dialogs.windowOf(root), form,
                        () -> library.setValue(chosen));
            });
        });
        library.setConverter(new StringConverter<>() {
            @Override
            public String toString(Library value) {
                return value == null ? "" : value.code() + " \u2013 " + value.name();
            }

            @Override
            public Library fromString(String text) {
                return null;
            }
        });
        // As wide as the longest library name, so the chosen one is never cut.
        library.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        library.setPromptText(messages.get("holder.screen.library.prompt"));
        Label libraryLabel = new Label(messages.get("holder.screen.library"));
        libraryLabel.setLabelFor(library);
        libraryLabel.setMinWidth(Region.USE_PREF_SIZE);
        TextField search = new TextField();
        search.setId("holderSearch");
        id.jalin.kernel.ui.ScreenPlace.keepText(search);
        search.setPromptText(messages.get("holder.screen.search"));
        PagedTable.debounce(search, list.search);
        HBox.setHgrow(search, Priority.ALWAYS);
        HBox first = new HBox(8, libraryLabel, library, search);
        first.setAlignment(Pos.CENTER_LEFT);

        Button add = button("addHolderButton", "holder.screen.add", () ->
                new id.jalin.kernel.ui.UnsavedChangesGuard(messages).proceed(Dialogs.windowOf(root), form, () -> {
                    goingBack = true;
                    table.getSelectionModel().clearSelection();
                    goingBack = false;
                    form.startNew();
                }));
        add.disableProperty().bind(list.mayChangeHolders.not());
        Button importCsv = button("importHoldersButton", "holder.screen.import", () -> actions.importCsv(root));
        importCsv.disableProperty().bind(list.mayChangeHolders.not());
        Button photos = button("importPhotosButton", "holder.screen.photos", () -> actions.importPhotos(root));
        photos.disableProperty().bind(list.mayChangeHolders.not());
        // A read-only login is not offered changes at all; a library's staff see them enabled on their own list.
        for (Button change : List.of(add, importCsv, photos)) {
            change.setVisible(list.mayChangeSomeHolders());
            change.setManaged(list.mayChangeSomeHolders());
        }
        Button print = button("printCardsButton", "card.screen.print", () ->
                actions.print(root, List.copyOf(table.getSelectionModel().getSelectedItems())));
        print.disableProperty().bind(list.library.isNull());
        Button calibrate = button("calibrationButton", "card.screen.calibration", () -> actions.calibrate(root));
        Button prefixes = button("cardPrefixesButton", "card.prefix.button", () -> actions.cardPrefixes(root));
        Label error = new Label();
        error.getStyleClass().add(Styles.FIELD_ERROR);
        error.textProperty().bind(list.error);
        HBox second = new HBox(8, add, importCsv, photos, print, calibrate, prefixes, error);
        second.setAlignment(Pos.CENTER_LEFT);
        VBox bar = new VBox(8, first, second);
        bar.getStyleClass().add(Styles.TOOLBAR);
        bar.setPadding(new Insets(8));
        return bar;
    }

    private Button button(String id, String key, Runnable action) {
        Button button = new Button(messages.get(key));
        button.setId(id);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setOnAction(event -> action.run());
        return button;
    }

    private Node holderTable() {
        table.setId("holderTable");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        EmptyListText.on(table, messages.get("holder.screen.empty"));
        TableColumn<HolderRow, String> number = column("holder.screen.number", r -> r.holder().number(), 95);
        TableColumn<HolderRow, String> name = column("holder.screen.name", r -> r.holder().name(), 140);
        TableColumn<HolderRow, String> programme = column("holder.screen.programme", r -> r.holder().programme(), 100);
        TableColumn<HolderRow, String> kind = column("holder.screen.kind", r -> kindLabel(r.holder().kind()), 95);
        number.setComparator(NaturalOrder.INSTANCE);
        table.getColumns().add(number);
        table.getColumns().add(name);
        table.getColumns().add(programme);
        table.getColumns().add(kind);
        table.getColumns().add(column("card.screen.number", r -> r.current() == null ? ""
                : r.current().number().grouped(), 135));
        table.getColumns().add(column("card.screen.column.status", r -> statusLabel(r.status()), 75));
        table.getColumns().add(column("card.screen.column.validUntil", r -> r.current() == null ? ""
                : messages.inputDateFormat().format(r.current().validUntil()), 95));
        // the current card is worked out per holder after the page is read, so its columns cannot sort the list
        PagedTable.bind(table, list.paged(), Map.of(number, HolderSort.NUMBER, name, HolderSort.NAME,
                programme, HolderSort.PROGRAMME, kind, HolderSort.KIND));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row == null || goingBack || table.getSelectionModel().getSelectedItems().size() != 1) {
                return;
            }
            CardHolder shown = form.shownProperty().get();
            boolean another = shown == null || shown.id() == null || !shown.id().equals(row.holder().id());
            if (form.dirtyProperty().get() && another) {
                // The typing belongs to the holder the form shows: go back to that row, then ask what to do.
                long wanted = row.holder().id();
                javafx.application.Platform.runLater(() -> {
                    goingBack = true;
                    table.getSelectionModel().clearSelection();
                    if (old != null) {
                        table.getSelectionModel().select(old);
                    }
                    goingBack = false;
                    new id.jalin.kernel.ui.UnsavedChangesGuard(messages).proceed(Dialogs.windowOf(root), form,
                            () -> select(wanted));
                });
                return;
            }
            form.load(row.holder());
        });
        keepPlace();
        // a filter of the list, so it sits with the list (the toolbar above is full with the library's name)
        javafx.scene.control.CheckBox endingSoon = new javafx.scene.control.CheckBox(
                messages.get("holder.screen.endingSoon"));
        endingSoon.setId("endingSoonFilter");
        endingSoon.setMinWidth(Region.USE_PREF_SIZE);
        endingSoon.selectedProperty().bindBidirectional(list.endingSoon);
        javafx.beans.value.ChangeListener<Boolean> emptyText = (obs, old, now) -> EmptyListText.on(table,
                messages.get(now ? "holder.screen.noneEndingSoon" : "holder.screen.empty"));
        list.endingSoon.addListener(emptyText);
        emptyText.changed(list.endingSoon, null, list.endingSoon.get());
        VBox box = new VBox(6, endingSoon, table, PagedTable.pager(list.paged(), messages, "holderPage"));
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPadding(new Insets(0, 0, 8, 8));
        return box;
    }

    private static TableColumn<HolderRow, String> column(String key, Function<HolderRow, String> value, double width,
                                                         Messages messages) {
        TableColumn<HolderRow, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(cell -> new SimpleStringProperty(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private TableColumn<HolderRow, String> column(String key, Function<HolderRow, String> value, double width) {
        return column(key, value, width, messages);
    }

    /** Dates in the cards table as typed (24/11/2026), so the columns stay narrow. */
    private String shortDate(java.time.LocalDate date) {
        return date == null ? "" : messages.inputDateFormat().format(date);
    }

    String kindLabel(HolderKind kind) {
        return messages.label("holder.kind", kind);
    }

    String statusLabel(CardStatus status) {
        return status == null ? messages.get("card.screen.noCard") : messages.label("card.status", status);
    }

    private Node detail() {
        Label heading = new Label();
        heading.setId("holderFormHeading");
        heading.getStyleClass().add(Styles.TITLE);
        heading.textProperty().bind(form.heading);
        heading.setWrapText(true);

        BoundControls controls = new BoundControls(messages);
        ComboBox<HolderKind> kind = new ComboBox<>();
        kind.setId("kindField");
        kind.getItems().setAll(HolderKind.values());
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(HolderKind value) {
                return kindLabel(value);
            }

            @Override
            public HolderKind fromString(String text) {
                return null;
            }
        });
        kind.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(HolderKind item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? "" : kindLabel(item));
            }
        });
        kind.valueProperty().bindBidirectional(form.kind);

        ImageView preview = new ImageView();
        preview.setId("photoPreview");
        preview.setFitWidth(PHOTO_WIDTH);
        preview.setFitHeight(PHOTO_HEIGHT);
        preview.setPreserveRatio(true);
        form.photo.addListener((obs, old, bytes) ->
                preview.setImage(bytes == null ? null : new Image(new ByteArrayInputStream(bytes))));
        Label noPhoto = new Label(messages.get("holder.screen.photo.none"));
        noPhoto.getStyleClass().add(Styles.MUTED);
        noPhoto.setWrapText(true);
        noPhoto.setAlignment(Pos.CENTER);
        noPhoto.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        noPhoto.visibleProperty().bind(form.photo.isNull());
        StackPane frame = new StackPane(noPhoto, preview);
        frame.setId("photoFrame");
        frame.setMinSize(PHOTO_WIDTH, PHOTO_HEIGHT);
        frame.setMaxSize(PHOTO_WIDTH, PHOTO_HEIGHT);
        frame.setStyle("-fx-border-color: -color-border-default; -fx-border-width: 1;");
        Button choosePhoto = button("choosePhotoButton", "holder.screen.photo.choose", () ->
                files.open(Dialogs.windowOf(root), messages.get("holder.screen.photo.choose"),
                        FileDialogs.FileKind.IMAGE).ifPresent(form::choosePhoto));
        Label photoError = FieldErrorMarks.errorLabel("photoError");
        photoError.setMaxWidth(PHOTO_WIDTH + 40);
        VBox photoBox = new VBox(6, frame, choosePhoto, photoError);
        photoBox.setAlignment(Pos.TOP_CENTER);
        photoBox.setMinWidth(PHOTO_WIDTH + 40);

        FormGrid grid = new FormGrid()
                .row("number", messages.get("holder.screen.number"), controls.text("numberField", form.number))
                .row("name", messages.get("holder.screen.name"), controls.text("nameField", form.name))
                .row("programme", messages.get("holder.screen.programme"),
                        controls.text("programmeField", form.programme))
                .row("kind", messages.get("holder.screen.kind"), kind)
                .row("email", messages.get("holder.screen.email"), controls.text("emailField", form.email))
                .row("phone", messages.get("holder.screen.phone"), controls.text("phoneField", form.phone));
        Label formError = FieldErrorMarks.errorLabel("holderFormError");
        form.errors.addListener((MapChangeListener<String, String>) change -> {
            Map<String, String> shown = new HashMap<>(form.errors);
            grid.showErrors(shown);
            photoError.setText(shown.getOrDefault("photo", ""));
            formError.setText(shown.getOrDefault("form", ""));
        });
        form.conflict.addListener((obs, old, conflict) -> {
            if (conflict != null) {
                form.conflict.set(null);
                StaleRecordHandler.withDialogs(messages, () -> Dialogs.windowOf(root))
                        .handle(conflict, "holder", form::reloadAfterConflict, form::keepMineAfterConflict);
            }
        });
        Button save = button("saveHolderButton", "common.button.save", form::save);
        save.setDefaultButton(false);
        HBox fieldsAndPhoto = new HBox(16, grid.node(), photoBox);
        HBox.setHgrow(grid.node(), Priority.ALWAYS);
        Label saved = new Label();
        saved.setId("holderSavedNotice");
        saved.getStyleClass().add(Styles.MUTED);
        saved.textProperty().bind(form.savedNotice);
        HBox saveRow = new HBox(8, save, saved);
        saveRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        id.jalin.kernel.ui.ReadOnlyLock.lock(fieldsAndPhoto, form.mayEdit);
        id.jalin.kernel.ui.ReadOnlyLock.hide(save, form.mayEdit);
        VBox formBox = new VBox(10, heading, fieldsAndPhoto, formError, saveRow);
        formBox.disableProperty().bind(form.editing.not());

        VBox detail = new VBox(16, formBox, cardsSection());
        detail.setPadding(new Insets(8, 12, 8, 12));
        ScrollPane scroll = new ScrollPane(detail);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private Node cardsSection() {
        Label title = new Label(messages.get("card.screen.cards"));
        title.getStyleClass().add(Styles.FORM_SECTION);
        cardTable.setId("cardTable");
        cardTable.setItems(cards.cards);
        cardTable.setPrefHeight(180);
        cardTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        EmptyListText.on(cardTable, messages.get("card.screen.none"));
        cardTable.getColumns().add(cardColumn("card.screen.number", r -> r.card().number().grouped(), 130));
        cardTable.getColumns().add(cardColumn("card.screen.column.issued", r -> shortDate(r.card().issuedOn()), 104));
        cardTable.getColumns().add(cardColumn("card.screen.column.validUntil",
                r -> shortDate(r.card().validUntil()), 108));
        cardTable.getColumns().add(cardColumn("card.screen.column.status", r -> statusLabel(r.status()), 72));
        cardTable.getColumns().add(cardColumn("card.screen.fee", r -> messages.money(r.card().fee()), 92));
        cardTable.getColumns().add(cardColumn("card.screen.column.receipt", r -> r.card().receiptNumber(), 90));

        Button issue = button("issueCardButton", "card.screen.issue", () -> actions.issue(root));
        issue.disableProperty().bind(cards.holder.isNull());
        Button revoke = button("revokeCardButton", "card.screen.revoke", () ->
                actions.revoke(root, cardTable.getSelectionModel().getSelectedItem()));
        Button replace = button("replaceCardButton", "card.screen.replace", () ->
                actions.replaceLost(root, cardTable.getSelectionModel().getSelectedItem()));
        var noActiveCard = javafx.beans.binding.Bindings.createBooleanBinding(() -> {
            CardRow row = cardTable.getSelectionModel().getSelectedItem();
            return row == null || !row.status().isValid();
        }, cardTable.getSelectionModel().selectedItemProperty());
        revoke.disableProperty().bind(noActiveCard);
        replace.disableProperty().bind(noActiveCard);
        for (Button change : List.of(issue, revoke, replace)) {
            id.jalin.kernel.ui.ReadOnlyLock.hide(change, cards.mayChange);
        }
        Label error = new Label();
        error.setId("cardError");
        error.getStyleClass().add(Styles.FIELD_ERROR);
        error.setWrapText(true);
        error.textProperty().bind(cards.error);
        cards.conflict.addListener((obs, old, conflict) -> {
            if (conflict != null) {
                cards.conflict.set(null);
                StaleRecordHandler.withDialogs(messages, () -> Dialogs.windowOf(root))
                        .handle(conflict, "card", cards::reloadAfterConflict, null);
            }
        });
        HBox buttons = new HBox(8, issue, revoke, replace);
        return new VBox(8, title, cardTable, buttons, error);
    }

    private TableColumn<CardRow, String> cardColumn(String key, Function<CardRow, String> value, double width) {
        TableColumn<CardRow, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(cell -> new SimpleStringProperty(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    /** The home library and holder shown, kept across a language switch. */
    private void keepPlace() {
        long[] pendingHolder = {-1};
        list.shown().addListener((javafx.collections.ListChangeListener<HolderRow>) change -> {
            if (pendingHolder[0] >= 0 && list.shown().stream().anyMatch(r -> r.holder().id() != null
                    && r.holder().id() == pendingHolder[0])) {
                long wanted = pendingHolder[0];
                pendingHolder[0] = -1;
                javafx.application.Platform.runLater(() -> select(wanted));
            }
        });
        id.jalin.kernel.ui.ScreenPlace.keep(table, new id.jalin.kernel.ui.ScreenPlace.Keeper() {
            @Override
            public String capture() {
                Long library = list.libraryId();
                CardHolder holder = form.shownProperty().get();
                return library == null ? null
                        : library + ":" + (holder == null || holder.isNew() ? -1 : holder.id());
            }

            @Override
            public void restore(String place) {
                String[] parts = place.split(":");
                pendingHolder[0] = Long.parseLong(parts[1]);
                list.preferLibrary(Long.parseLong(parts[0]));
            }
        });
    }

    /** Selects the holder with this id once the table shows it. */
    void select(long holderId) {
        table.getSelectionModel().clearSelection();
        for (HolderRow row : table.getItems()) {
            if (row.holder().id() != null && row.holder().id() == holderId) {
                table.getSelectionModel().select(row);
                table.scrollTo(row);
                return;
            }
        }
    }

    CardHolder shownHolder() {
        return form.shownProperty().get();
    }
}
