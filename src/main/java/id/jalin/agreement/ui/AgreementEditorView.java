package id.jalin.agreement.ui;

import id.jalin.agreement.domain.AgreementKind;
import id.jalin.agreement.domain.Article;
import id.jalin.agreement.domain.CooperationForm;
import id.jalin.agreement.domain.Obligation;
import id.jalin.agreement.domain.ObligationState;
import id.jalin.agreement.domain.Party;
import id.jalin.agreement.domain.RenewalKind;
import id.jalin.agreement.domain.SinclairType;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.ui.EmptyListText;
import id.jalin.kernel.ui.BoundControls;
import id.jalin.kernel.ui.Dialogs;
import id.jalin.kernel.ui.FieldErrorMarks;
import id.jalin.kernel.ui.FormGrid;
import id.jalin.kernel.ui.StaleRecordHandler;
import id.jalin.kernel.ui.Styles;
import id.jalin.kernel.validation.SaveResult;
import id.jalin.member.domain.Library;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The agreement editor: general terms, parties, articles and obligations on tabs, Save and the actions below. */
final class AgreementEditorView {
    private final AgreementEditorViewModel model;
    private final Messages messages;
    private final BoundControls controls;
    private final ObservableList<Library> libraries;
    private final AgreementActions actions;
    private final BorderPane root = new BorderPane();
    private final FormGrid general = new FormGrid();
    private final Label partiesError = FieldErrorMarks.errorLabel("partiesError");
    private final Label articlesError = FieldErrorMarks.errorLabel("articlesError");
    private final Label obligationsError = FieldErrorMarks.errorLabel("obligationsError");
    private final Label formError = FieldErrorMarks.errorLabel("agreementFormError");

    AgreementEditorView(AgreementEditorViewModel model, Messages messages, ObservableList<Library> libraries,
                        AgreementActions actions) {
        this.model = model;
        this.messages = messages;
        this.controls = new BoundControls(messages);
        this.libraries = libraries;
        this.actions = actions;

        Label heading = new Label();
        heading.setId("agreementHeading");
        heading.getStyleClass().add(Styles.TITLE);
        heading.textProperty().bind(model.headingProperty());
        Label status = new Label();
        status.setId("agreementStatus");
        status.getStyleClass().add("status-badge");
        status.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> messages.label("agreement.status", model.statusProperty().get()), model.statusProperty()));
        HBox top = new HBox(12, heading, status);
        top.setPadding(new Insets(12, 16, 4, 16));

        TabPane tabs = new TabPane(
                tab("agreement.tab.general", scroll(generalTab())),
                tab("agreement.tab.parties", partiesTab()),
                tab("agreement.tab.articles", articlesTab()),
                tab("agreement.tab.obligations", obligationsTab()));
        tabs.setId("agreementTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);

        root.setTop(top);
        root.setCenter(tabs);
        root.setBottom(footer());
        // Agreements are the forum's records: others read them here but are offered no change (decision 0016).
        id.jalin.kernel.ui.ReadOnlyLock.lock(tabs, model.mayChangeProperty());
        root.setId("agreementEditor");
        model.errors().addListener((MapChangeListener<String, String>) change -> showErrors());
        model.conflictProperty().addListener((obs, old, conflict) -> askAboutConflict(conflict));
    }

    private void askAboutConflict(SaveResult.Conflict conflict) {
        if (conflict == null) {
            return;
        }
        model.dismissConflict();
        // Typing over a deleted agreement cannot be kept: its number, parties and log went with it.
        StaleRecordHandler.withDialogs(messages, () -> Dialogs.windowOf(root)).handle(conflict, "agreement",
                model::reload, conflict.deleted() ? null : model::keepMineAfterConflict);
    }

    Node root() {
        return root;
    }

    private Tab tab(String key, Node content) {
        Tab tab = new Tab(messages.get(key), content);
        tab.setId(key.substring(key.lastIndexOf('.') + 1) + "Tab");
        return tab;
    }

    private static ScrollPane scroll(Node content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private Node generalTab() {
        general.row("kind", messages.get("agreement.field.kind"),
                        controls.choice("kindChoice", AgreementKind.values(), "agreement.kind", model.kind))
                .row("number", messages.get("agreement.field.number"), controls.text("numberField", model.number))
                .row("titleId", messages.get("agreement.field.titleId"), controls.area("titleIdField", model.titleId, 2))
                .row("titleEn", messages.get("agreement.field.titleEn"), controls.area("titleEnField", model.titleEn, 2))
                .row("type", messages.get("agreement.field.type"),
                        controls.choice("typeChoice", SinclairType.values(), "agreement.type", model.type))
                .row(messages.get("agreement.field.forms"), formsBox())
                .row("signedOn", messages.get("agreement.field.signedOn"), controls.date("signedOnField", model.signedOn))
                .row("startsOn", messages.get("agreement.field.startsOn"), controls.date("startsOnField", model.startsOn))
                .row("endsOn", messages.get("agreement.field.endsOn"), controls.date("endsOnField", model.endsOn))
                .row("renewal", messages.get("agreement.field.renewal"),
                        controls.choice("renewalChoice", RenewalKind.values(), "agreement.renewal", model.renewalKind))
                .row("renewalMonths", messages.get("agreement.field.renewalMonths"),
                        disabledUnlessAutomatic(controls.text("renewalMonthsField", model.renewalMonths)))
                .row("noticeDays", messages.get("agreement.field.noticeDays"),
                        disabledUnlessAutomatic(controls.text("noticeDaysField", model.noticeDays)))
                .row("noticeGivenOn", messages.get("agreement.field.noticeGivenOn"),
                        disabledUnlessAutomatic(controls.date("noticeGivenOnField", model.noticeGivenOn)))
                .row("notes", messages.get("agreement.field.notes"), controls.area("agreementNotesField", model.notes, 3));
        VBox box = new VBox(general.node());
        box.setPadding(new Insets(12, 16, 12, 16));
        return box;
    }

    private <C extends javafx.scene.control.Control> C disabledUnlessAutomatic(C control) {
        control.disableProperty().bind(model.renewalKind.isNotEqualTo(RenewalKind.AUTOMATIC));
        return control;
    }

    private Node formsBox() {
        javafx.scene.layout.TilePane pane = new javafx.scene.layout.TilePane(12, 4);
        pane.setPrefColumns(2);
        pane.setTileAlignment(javafx.geometry.Pos.CENTER_LEFT);
        for (CooperationForm form : CooperationForm.values()) {
            CheckBox box = new CheckBox(messages.label("agreement.form", form));
            box.setId("form-" + form.name());
            box.selectedProperty().bindBidirectional(model.forms.get(form));
            pane.getChildren().add(box);
        }
        return pane;
    }

    private Node partiesTab() {
        TableView<Party> table = new TableView<>(model.parties);
        table.setId("partiesTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        EmptyListText.on(table, messages.get("agreement.parties.empty"));
        TableColumn<Party, String> number = column("agreement.party.number", p ->
                messages.get("agreement.party.ordinal." + Math.min(model.parties.indexOf(p) + 1, 5)));
        number.setPrefWidth(110);
        table.getColumns().add(number);
        table.getColumns().add(column("agreement.party.name", Party::name));
        table.getColumns().add(column("agreement.party.signatory", Party::signatoryName));
        table.getColumns().add(column("agreement.party.position", Party::signatoryPosition));
        table.getColumns().add(column("agreement.party.place", Party::signingPlace));

        Button add = button("addPartyButton", "agreement.parties.add", () ->
                new PartyDialog(messages, Dialogs.windowOf(root), libraries, null).showAndWait()
                        .ifPresent(model.parties::add));
        Button edit = button("editPartyButton", "agreement.parties.edit", () -> {
            int index = table.getSelectionModel().getSelectedIndex();
            if (index >= 0) {
                new PartyDialog(messages, Dialogs.windowOf(root), libraries, model.parties.get(index)).showAndWait()
                        .ifPresent(party -> model.parties.set(index, party));
            }
        });
        Button remove = button("removePartyButton", "agreement.parties.remove", () -> {
            int index = table.getSelectionModel().getSelectedIndex();
            if (index >= 0) {
                model.parties.remove(index);
            }
        });
        edit.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        VBox box = new VBox(8, table, partiesError, new HBox(8, add, edit, remove));
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPadding(new Insets(12));
        return box;
    }

    private Node articlesTab() {
        ListView<Article> list = new ListView<>(model.articles);
        list.setId("articleList");

        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(Article article, boolean empty) {
                super.updateItem(article, empty);
                setText(empty || article == null ? null : messages.get("agreement.article.label",
                        getIndex() + 1, article.headingId()));
            }
        });

        StringProperty headingId = new SimpleStringProperty("");
        StringProperty headingEn = new SimpleStringProperty("");
        StringProperty textId = new SimpleStringProperty("");
        StringProperty textEn = new SimpleStringProperty("");
        TextField headingIdField = controls.text("articleHeadingId", headingId);
        TextField headingEnField = controls.text("articleHeadingEn", headingEn);
        TextArea textIdArea = controls.area("articleTextId", textId, 12);
        TextArea textEnArea = controls.area("articleTextEn", textEn, 12);
        GridPane texts = new GridPane();
        texts.setHgap(10);
        texts.setVgap(6);
        texts.addRow(0, new Label(messages.get("agreement.article.indonesian")), new Label(messages.get("agreement.article.english")));
        texts.addRow(1, headingIdField, headingEnField);
        texts.addRow(2, textIdArea, textEnArea);
        javafx.scene.layout.ColumnConstraints half = new javafx.scene.layout.ColumnConstraints();
        half.setPercentWidth(50);
        texts.getColumnConstraints().addAll(half, half);
        GridPane.setVgrow(textIdArea, Priority.ALWAYS);
        GridPane.setVgrow(textEnArea, Priority.ALWAYS);

        // Typing goes straight into the article, so nothing typed is lost when the secretary presses Save.
        boolean[] showing = {false};
        Runnable apply = () -> {
            int index = list.getSelectionModel().getSelectedIndex();
            if (showing[0] || index < 0) {
                return;
            }
            Article old = model.articles.get(index);
            Article edited = new Article(old.form(), headingId.get(), headingEn.get(), textId.get(), textEn.get());
            if (!edited.equals(old)) {
                showing[0] = true;
                model.articles.set(index, edited);
                list.getSelectionModel().select(index);
                showing[0] = false;
            }
        };
        for (StringProperty property : List.of(headingId, headingEn, textId, textEn)) {
            property.addListener((obs, old, now) -> apply.run());
        }
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, article) -> {
            if (showing[0]) {
                return;
            }
            showing[0] = true;
            boolean selected = article != null;
            headingId.set(selected ? article.headingId() : "");
            headingEn.set(selected ? article.headingEn() : "");
            textId.set(selected ? article.textId() : "");
            textEn.set(selected ? article.textEn() : "");
            showing[0] = false;
        });
        texts.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());

        Button add = button("addArticleButton", "agreement.article.add", () -> {
            model.articles.add(new Article(null, messages.get("agreement.article.newHeading"), "", "", ""));
            list.getSelectionModel().selectLast();
        });
        Button fromLibrary = button("insertClauseButton", "agreement.article.fromLibrary", () ->
                actions.pickClauses(root, templates -> {
                    templates.forEach(model::insertClause);
                    list.getSelectionModel().selectLast();
                }));
        Button up = button("articleUpButton", "agreement.article.up", () -> {
            int index = list.getSelectionModel().getSelectedIndex();
            model.moveArticle(index, -1);
            list.getSelectionModel().select(Math.max(0, index - 1));
        });
        Button down = button("articleDownButton", "agreement.article.down", () -> {
            int index = list.getSelectionModel().getSelectedIndex();
            model.moveArticle(index, 1);
            list.getSelectionModel().select(Math.min(model.articles.size() - 1, index + 1));
        });
        Button remove = button("removeArticleButton", "agreement.article.remove", () -> {
            int index = list.getSelectionModel().getSelectedIndex();
            if (index >= 0) {
                model.articles.remove(index);
            }
        });
        for (Button b : List.of(up, down, remove)) {
            b.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        }
        // The list above, the two languages side by side below it at full width: clauses need room to read.
        list.setPrefHeight(150);
        list.setMinHeight(110);
        VBox.setVgrow(texts, Priority.ALWAYS);
        VBox box = new VBox(8, new FlowPane(8, 6, add, fromLibrary, up, down, remove), list, texts, articlesError);
        box.setPadding(new Insets(12));
        return box;
    }

    private Node obligationsTab() {
        TableView<Obligation> table = new TableView<>(model.obligations);
        table.setId("obligationsTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        EmptyListText.on(table, messages.get("agreement.obligations.empty"));
        table.getColumns().add(column("agreement.obligation.party", o -> o.partyNumber() <= model.parties.size()
                ? model.parties.get(o.partyNumber() - 1).name() : "?"));
        table.getColumns().add(column("agreement.obligation.text", Obligation::descriptionId));
        table.getColumns().add(column("agreement.obligation.recurrence", o -> messages.label("agreement.recurrence", o.recurrence())));
        table.getColumns().add(column("agreement.obligation.firstDue", o -> messages.date(o.firstDueOn())));
        table.getColumns().add(column("agreement.obligation.state", this::describe));

        TableView<id.jalin.agreement.domain.Fulfilment> log = new TableView<>();
        log.setId("fulfilmentTable");
        log.setPrefHeight(130);
        log.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        EmptyListText.on(log, messages.get("agreement.fulfilment.empty"));
        log.getColumns().add(column("agreement.fulfilment.date", f -> messages.date(f.fulfilledOn())));
        log.getColumns().add(column("agreement.fulfilment.note", id.jalin.agreement.domain.Fulfilment::note));
        log.getColumns().add(column("agreement.fulfilment.who", id.jalin.agreement.domain.Fulfilment::recordedBy));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, obligation) ->
                log.getItems().setAll(obligation == null ? List.of() : obligation.fulfilments()));
        model.obligations.addListener((javafx.collections.ListChangeListener<Obligation>) change -> {
            Obligation selected = table.getSelectionModel().getSelectedItem();
            log.getItems().setAll(selected == null ? List.of() : selected.fulfilments());
        });

        Button add = button("addObligationButton", "agreement.obligations.add", () ->
                new ObligationDialog(messages, Dialogs.windowOf(root), List.copyOf(model.parties), null).showAndWait()
                        .ifPresent(model.obligations::add));
        Button edit = button("editObligationButton", "agreement.obligations.edit", () -> {
            int index = table.getSelectionModel().getSelectedIndex();
            if (index >= 0) {
                new ObligationDialog(messages, Dialogs.windowOf(root), List.copyOf(model.parties),
                        model.obligations.get(index)).showAndWait().ifPresent(o -> model.obligations.set(index, o));
            }
        });
        Button remove = button("removeObligationButton", "agreement.obligations.remove", () -> {
            int index = table.getSelectionModel().getSelectedIndex();
            if (index >= 0) {
                model.obligations.remove(index);
            }
        });
        Button fulfil = button("recordFulfilmentButton", "agreement.fulfilment.record", () -> {
            Obligation obligation = table.getSelectionModel().getSelectedItem();
            if (obligation != null && obligation.id() != null) {
                new DateAndTextDialog(messages, Dialogs.windowOf(root), "agreement.fulfilment",
                        (date, text, result) -> model.recordFulfilment(obligation, date, text, result)).show();
            }
        });
        edit.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        fulfil.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> {
            Obligation selected = table.getSelectionModel().getSelectedItem();
            return selected == null || selected.id() == null;
        }, table.getSelectionModel().selectedItemProperty()));
        Label logTitle = new Label(messages.get("agreement.fulfilment.title"));
        logTitle.getStyleClass().add(Styles.MUTED);
        VBox box = new VBox(8, table, obligationsError, new HBox(8, add, edit, remove), logTitle, log, fulfil);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPadding(new Insets(12));
        return box;
    }

    private String describe(Obligation obligation) {
        if (obligation.id() == null) {
            return messages.get("agreement.obligation.unsaved");
        }
        ObligationState state = model.obligationState(obligation);
        return switch (state.standing()) {
            case FULFILLED -> messages.get("agreement.obligation.state.fulfilled");
            case OVERDUE -> messages.get("agreement.obligation.state.overdue", messages.date(state.nextDue()));
            case DUE_SOON -> messages.get("agreement.obligation.state.dueSoon", messages.date(state.nextDue()));
            case OPEN -> messages.get("agreement.obligation.state.open", messages.date(state.nextDue()));
        };
    }

    private <T> TableColumn<T, String> column(String key, java.util.function.Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(cell -> new SimpleStringProperty(value.apply(cell.getValue())));
        return column;
    }

    private Button button(String id, String key, Runnable action) {
        Button button = new Button(messages.get(key));
        button.setId(id);
        button.setOnAction(event -> action.run());
        return button;
    }

    private Node footer() {
        Button save = button("saveAgreementButton", "common.button.save", model::save);
        save.setDefaultButton(true);
        save.disableProperty().bind(model.busyProperty());
        Button revert = button("revertAgreementButton", "agreement.action.revert", model::reload);
        Button print = button("printAgreementButton", "agreement.action.print", () -> actions.print(root, model));
        Button renew = button("renewAgreementButton", "agreement.action.renew", () -> actions.renew(root, model));
        Button terminate = button("terminateAgreementButton", "agreement.action.terminate", () ->
                new DateAndTextDialog(messages, Dialogs.windowOf(root), "agreement.termination",
                        (date, text, result) -> model.terminate(date, text, result)).show());
        Button attachment = button("attachmentButton", "agreement.action.attachment", () -> actions.attachment(root, model));
        for (Button b : List.of(print, renew, terminate, attachment)) {
            b.disableProperty().bind(model.storedProperty().not());
        }
        for (Button change : List.of(save, revert, renew, terminate)) {
            id.jalin.kernel.ui.ReadOnlyLock.hide(change, model.mayChangeProperty());
        }
        Label notice = new Label();
        notice.setId("agreementNotice");
        notice.getStyleClass().add(Styles.MUTED);
        notice.textProperty().bind(model.noticeProperty());
        FlowPane buttons = new FlowPane(8, 6, save, revert, print, renew, terminate, attachment);
        VBox box = new VBox(6, formError, notice, buttons);
        box.setPadding(new Insets(8, 16, 12, 16));
        box.getStyleClass().add(Styles.FORM_FOOTER);
        return box;
    }

    private void showErrors() {
        general.showErrors(model.errors());
        partiesError.setText(model.errors().getOrDefault("parties", ""));
        articlesError.setText(model.errors().getOrDefault("articles", ""));
        obligationsError.setText(model.errors().getOrDefault("obligations", ""));
        formError.setText(model.errors().getOrDefault("form", model.errors().isEmpty() ? ""
                : messages.get("agreement.error.summary", model.errors().size())));
    }
}
