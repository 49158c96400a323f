package id.jalin.member.ui;

import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.ui.EmptyListText;
import id.jalin.kernel.ui.BoundControls;
import id.jalin.kernel.ui.Dialogs;
import id.jalin.kernel.ui.StaleRecordHandler;
import id.jalin.kernel.validation.SaveResult;
import id.jalin.kernel.ui.FieldErrorMarks;
import id.jalin.kernel.ui.FormGrid;
import id.jalin.kernel.ui.Styles;
import id.jalin.kernel.ui.TextColumns;
import id.jalin.member.domain.CatalogueServerKind;
import id.jalin.member.domain.ForumRole;
import id.jalin.member.domain.LibraryKind;
import id.jalin.member.domain.MemberStatus;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.collections.MapChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TitledPane;
import javafx.scene.control.cell.PropertyValueFactory;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The detail form of one member library and its staff. */
public final class MemberFormView {
    private final MemberFormViewModel model;
    private final Messages messages;
    private final BoundControls controls;
    private final Map<String, Control> fields = new LinkedHashMap<>();
    private final Map<String, Label> errorLabels = new HashMap<>();
    private final BorderPane root;
    private final Label formError = FieldErrorMarks.errorLabel("formError");
    private final VBox staffEditing = new VBox(8);
    private final HBox formButtons = new HBox(8);

    public MemberFormView(MemberFormViewModel model, Messages messages, java.util.List<id.jalin.kernel.ui.DetailSection> sections) {
        this.model = model;
        this.messages = messages;
        this.controls = new BoundControls(messages);

        Label heading = new Label();
        heading.setId("formHeading");
        heading.getStyleClass().add(Styles.TITLE);
        heading.textProperty().bind(model.headingProperty());
        heading.setWrapText(true);

        VBox content = new VBox(12, libraryGrid(), catalogueSection(), staffSection());
        for (id.jalin.kernel.ui.DetailSection section : sections) {
            content.getChildren().add(section.create(messages, model.shownLibraryIdProperty()));
        }
        content.setPadding(new Insets(8, 16, 16, 16));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        // Heading and Save stay in view however long the form is; only the fields scroll.
        VBox top = new VBox(heading);
        top.setPadding(new Insets(12, 16, 4, 16));
        VBox bottom = new VBox(6, formError, buttons());
        bottom.setPadding(new Insets(8, 16, 12, 16));
        bottom.getStyleClass().add(Styles.FORM_FOOTER);
        root = new BorderPane(scroll, top, null, bottom, null);
        root.setId("memberForm");
        id.jalin.kernel.ui.UnsavedChanges.attach(root, model);

        lockWhatMayNotChange();
        model.errors().addListener((MapChangeListener<String, String>) change -> showErrors());
        model.conflictProperty().addListener((obs, old, conflict) -> askAboutConflict(conflict));
    }

    public Node root() {
        return root;
    }

    private GridPane libraryGrid() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(4);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ColumnConstraints inputs = new ColumnConstraints();
        inputs.setHgrow(Priority.ALWAYS);
        inputs.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, inputs);

        int row = 0;
        row = addRow(grid, row, "code", controls.text("codeField", model.code));
        row = addRow(grid, row, "name", controls.text("nameField", model.name));
        row = addRow(grid, row, "institution", controls.text("institutionField", model.institution));
        row = addRow(grid, row, "kind", controls.choice("kindChoice", LibraryKind.values(), "member.kind", model.kind));
        row = addRow(grid, row, "status", controls.choice("statusChoice", MemberStatus.values(), "member.status", model.status));
        row = addRow(grid, row, "address", controls.area("addressField", model.address, 2));
        row = addRow(grid, row, "city", controls.text("cityField", model.city));
        row = addRow(grid, row, "province", controls.text("provinceField", model.province));
        row = addRow(grid, row, "phone", controls.text("phoneField", model.phone));
        row = addRow(grid, row, "email", controls.text("emailField", model.email));
        row = addRow(grid, row, "website", controls.text("websiteField", model.website));
        row = addRow(grid, row, "joinedOn", controls.date("joinedOnField", model.joinedOn));
        row = addRow(grid, row, "duesClass", controls.text("duesClassField", model.duesClass));
        row = addRow(grid, row, "yearlyDues", controls.text("yearlyDuesField", model.yearlyDues));
        row = addRow(grid, row, "collectionTitles", controls.text("collectionTitlesField", model.collectionTitles));
        addRow(grid, row, "notes", controls.area("notesField", model.notes, 3));
        return grid;
    }

    /**
     * Where the union catalogue harvests this member's holdings from, and how they were last loaded. Its own
     * section: most members send files, and the address is a technical detail their IT staff give once.
     */
    private TitledPane catalogueSection() {
        javafx.scene.control.TextField url = controls.text("catalogueUrlField", model.catalogueUrl);
        url.setPromptText(messages.get("member.catalogue.url_prompt"));
        javafx.scene.control.ComboBox<CatalogueServerKind> kind = controls.filter("catalogueKindChoice",
                CatalogueServerKind.values(), "member.catalogue_kind", messages.get("member.catalogue.kindNone"),
                model.catalogueKind);
        Label hint = new Label(messages.get("member.catalogue.urlHint"));
        hint.setId("catalogueUrlHint");
        hint.getStyleClass().add(Styles.MUTED);
        hint.setWrapText(true);
        hint.setMinHeight(Label.USE_PREF_SIZE);
        Label holdings = new Label();
        holdings.setId("holdingsSummary");
        holdings.setWrapText(true);
        holdings.setMinHeight(Label.USE_PREF_SIZE);
        holdings.textProperty().bind(model.holdingsLineProperty());
        holdings.visibleProperty().bind(model.holdingsLineProperty().isNotEmpty());
        holdings.managedProperty().bind(holdings.visibleProperty());

        // Each label above its field: an address and a server's name are long, and the section has the form's
        // whole width to give them.
        VBox box = new VBox(4);
        addStacked(box, "catalogueUrl", "member.catalogue.url", url);
        box.getChildren().add(hint);
        addStacked(box, "catalogueKind", "member.catalogue.kind", kind);
        VBox.setMargin(holdings, new Insets(6, 0, 0, 0));
        box.getChildren().add(holdings);
        TitledPane pane = new TitledPane(messages.get("member.catalogue.section"), box);
        pane.setId("catalogueSection");
        pane.setCollapsible(false);
        pane.getStyleClass().add(Styles.FORM_SECTION);
        return pane;
    }

    private void addStacked(VBox box, String field, String labelKey, Control input) {
        Label label = new Label(messages.get(labelKey));
        label.setLabelFor(input);
        label.setWrapText(true);
        label.setMinHeight(Label.USE_PREF_SIZE);
        Label error = FieldErrorMarks.errorLabel(field + "Error");
        fields.put(field, input);
        errorLabels.put(field, error);
        input.setMaxWidth(Double.MAX_VALUE);
        box.getChildren().addAll(label, input, error);
    }

    /**
     * Shows what the person signed in may not change as read-only: everything, for another library's entry or a
     * read-only login; the forum's part (code, status, joining date, dues) for a library's own staff.
     */
    private void lockWhatMayNotChange() {
        java.util.Set<String> forumPart = java.util.Set.of("code", "status", "joinedOn", "duesClass", "yearlyDues");
        fields.forEach((field, control) -> {
            javafx.beans.value.ObservableBooleanValue may = forumPart.contains(field)
                    ? model.mayEditForumPartProperty() : model.mayEditProperty();
            if (control instanceof TextInputControl input) {
                input.editableProperty().bind(may); // still selectable and readable
            } else if (!"staff".equals(field)) {
                control.disableProperty().bind(javafx.beans.binding.Bindings.not(may));
            }
        });
        staffEditing.disableProperty().bind(model.mayEditProperty().not());
        formButtons.visibleProperty().bind(model.mayEditProperty());
        formButtons.managedProperty().bind(model.mayEditProperty());
    }

    private int addRow(GridPane grid, int row, String field, Control input) {
        Label label = new Label(messages.get("member.field." + field));
        label.setLabelFor(input);
        label.setMinWidth(Label.USE_PREF_SIZE);
        Label error = FieldErrorMarks.errorLabel(field + "Error");
        fields.put(field, input);
        errorLabels.put(field, error);
        input.setMaxWidth(Double.MAX_VALUE);
        grid.add(label, 0, row);
        grid.add(new VBox(2, input, error), 1, row);
        return row + 1;
    }

    private TitledPane staffSection() {
        TableView<StaffRow> table = new TableView<>(model.staff);
        table.setId("staffTable");
        table.setPrefHeight(160);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        EmptyListText.on(table, messages.get("member.staff.empty"));
        // Records have name(), not getName(): PropertyValueFactory would show empty cells, so read them directly.
        table.getColumns().add(TextColumns.of(messages.get("member.staff.name"), StaffRow::name));
        table.getColumns().add(TextColumns.of(messages.get("member.staff.position"), StaffRow::position));
        table.getColumns().add(TextColumns.of(messages.get("member.staff.role"),
                row -> messages.label("member.role", row.role())));
        table.getSelectionModel().selectedIndexProperty().addListener((obs, old, index) ->
                model.selectStaff(index.intValue()));

        FormGrid inputs = new FormGrid()
                .row(messages.get("member.staff.name"), controls.text("staffNameField", model.staffName))
                .row(messages.get("member.staff.position"), controls.text("staffPositionField", model.staffPosition))
                .row(messages.get("member.staff.email"), controls.text("staffEmailField", model.staffEmail))
                .row(messages.get("member.staff.phone"), controls.text("staffPhoneField", model.staffPhone))
                .row(messages.get("member.staff.role"),
                        controls.choice("staffRoleChoice", ForumRole.values(), "member.role", model.staffRole));

        Button add = new Button(messages.get("member.staff.add"));
        add.setId("addStaffButton");
        add.setOnAction(event -> model.addStaff());
        Button update = new Button(messages.get("member.staff.update"));
        update.setId("updateStaffButton");
        update.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        update.setOnAction(event -> model.updateStaff(table.getSelectionModel().getSelectedIndex()));
        Button remove = new Button(messages.get("member.staff.remove"));
        remove.setId("removeStaffButton");
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(event -> model.removeStaff(table.getSelectionModel().getSelectedIndex()));

        Label staffError = FieldErrorMarks.errorLabel("staffError");
        staffError.textProperty().bind(model.staffError);
        Label listError = FieldErrorMarks.errorLabel("staffListError");
        errorLabels.put("staff", listError);
        fields.put("staff", table);

        staffEditing.getChildren().addAll(inputs.node(), staffError,
                new javafx.scene.layout.FlowPane(8, 6, add, update, remove));
        VBox box = new VBox(8, table, listError, staffEditing);
        TitledPane pane = new TitledPane(messages.get("member.staff.title"), box);
        pane.setCollapsible(false);
        pane.getStyleClass().add(Styles.FORM_SECTION);
        return pane;
    }

    private HBox buttons() {
        Button save = new Button(messages.get("common.button.save"));
        save.setId("saveButton");
        save.setDefaultButton(true);
        save.disableProperty().bind(model.busyProperty());
        save.setOnAction(event -> model.save());
        Button revert = new Button(messages.get("member.form.revert"));
        revert.setId("revertButton");
        revert.setOnAction(event -> {
            if (model.isNew()) {
                model.startNew();
            } else {
                model.reloadAfterConflict();
            }
        });
        Label saved = new Label();
        saved.setId("savedNotice");
        saved.getStyleClass().add(Styles.MUTED);
        saved.textProperty().bind(model.savedNoticeProperty());
        formButtons.getChildren().addAll(save, revert, saved);
        formButtons.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return formButtons;
    }

    private void showErrors() {
        fields.forEach((field, control) -> {
            Label label = errorLabels.get(field);
            if (label != null) {
                FieldErrorMarks.show(control, label, model.errors().get(field));
            }
        });
        formError.setText(model.errors().getOrDefault("form", ""));
        fields.keySet().stream().filter(model.errors()::containsKey).map(fields::get).findFirst()
                .ifPresent(control -> {
                    control.requestFocus();
                    if (control instanceof TextInputControl input) {
                        input.selectAll();
                    }
                });
    }

    private void askAboutConflict(SaveResult.Conflict conflict) {
        if (conflict == null) {
            return;
        }
        model.dismissConflict();
        StaleRecordHandler.withDialogs(messages, () -> Dialogs.windowOf(root))
                .handle(conflict, "member", model::reloadAfterConflict, model::keepMineAfterConflict);
    }
}
