package id.jalin.loan.ui;

import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.task.BackgroundTask;
import id.jalin.kernel.task.TaskExecutor;
import id.jalin.kernel.ui.EmptyListText;
import id.jalin.kernel.ui.FormGrid;
import id.jalin.kernel.ui.LocalizedDatePicker;
import id.jalin.kernel.ui.ShownAs;
import id.jalin.kernel.ui.Styles;
import id.jalin.kernel.ui.TextColumns;
import id.jalin.loan.domain.InterlibraryLoans;
import id.jalin.loan.domain.ItemKind;
import id.jalin.loan.domain.LenderChoice;
import id.jalin.loan.domain.LoanMember;
import id.jalin.loan.domain.NewLoanRequest;
import id.jalin.loan.domain.Patron;
import id.jalin.loan.domain.PatronKind;
import id.jalin.loan.domain.RequestedItem;
import id.jalin.loan.domain.ServiceKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;

/**
 * A borrowing library's request: for whom, what (from the union catalogue, or typed in), loan or copy, and the rota
 * of lenders Jalin proposes, which the borrower may reorder or narrow. Errors from an earlier try show next to their
 * fields, with everything typed kept.
 */
final class NewRequestDialog {
    private final InterlibraryLoans loans;
    private final TaskExecutor executor;
    private final Messages messages;
    private final List<LoanMember> borrowers;
    private final FormGrid form = new FormGrid();
    private final ComboBox<LoanMember> borrower = new ComboBox<>();
    private final TextField patronName = field("loanPatronName");
    private final TextField patronId = field("loanPatronId");
    private final ComboBox<PatronKind> patronKind = new ComboBox<>();
    private final ComboBox<ServiceKind> service = new ComboBox<>();
    private final TextField title = field("loanTitle");
    private final TextField author = field("loanAuthor");
    private final TextField publisher = field("loanPublisher");
    private final TextField year = field("loanYear");
    private final TextField isbn = field("loanIsbn");
    private final ComboBox<ItemKind> kind = new ComboBox<>();
    private final TextField pages = field("loanPages");
    private final TextField article = field("loanArticle");
    private final TextField copyright = field("loanCopyright");
    private final DatePicker neededBy;
    private final TextField note = field("loanNote");
    private final ObservableList<RotaRow> rota = FXCollections.observableArrayList();
    private final TableView<RotaRow> rotaTable = new TableView<>(rota);
    private final Long workId;
    private static final int TYPED_ITEM_ROTA = 3;

    /** One proposed lender and whether the borrower keeps it in the rota. */
    static final class RotaRow {
        final LenderChoice choice;
        final SimpleBooleanProperty asked = new SimpleBooleanProperty(true);

        RotaRow(LenderChoice choice) {
            this.choice = choice;
        }
    }

    NewRequestDialog(InterlibraryLoans loans, TaskExecutor executor, Messages messages, List<LoanMember> borrowers,
                     RequestedItem item) {
        this.loans = loans;
        this.executor = executor;
        this.messages = messages;
        this.borrowers = borrowers;
        this.workId = item.workId();
        this.neededBy = LocalizedDatePicker.create(messages);
        neededBy.setId("loanNeededBy");
        title.setText(item.title());
        author.setText(item.author());
        publisher.setText(item.publisher());
        year.setText(item.year() == null ? "" : String.valueOf(item.year()));
        isbn.setText(item.isbn());
        kind.setValue(item.kind());
        // only digits, four at most: a year field that cannot hold anything but a year
        year.setTextFormatter(new javafx.scene.control.TextFormatter<String>(change ->
                change.getControlNewText().matches("[0-9]{0,4}") ? change : null));
        copyright.setText(messages.get("loan.new.copyright_default"));
        build();
    }

    private static TextField field(String id) {
        TextField field = new TextField();
        field.setId(id);
        return field;
    }

    private void build() {
        borrower.setId("loanBorrower");
        borrower.getItems().setAll(borrowers);
        borrower.setConverter(ShownAs.words(member -> member.code() + " \u2013 " + member.name()));
        if (!borrowers.isEmpty()) {
            borrower.setValue(borrowers.get(0));
        }
        patronKind.setId("loanPatronKind");
        patronKind.getItems().setAll(PatronKind.values());
        patronKind.setConverter(ShownAs.words(value -> messages.label("loan.patron", value)));
        patronKind.setValue(PatronKind.STUDENT);
        service.setId("loanService");
        service.getItems().setAll(ServiceKind.values());
        service.setConverter(ShownAs.words(value -> messages.label("loan.service", value)));
        service.setValue(ServiceKind.LOAN);
        kind.setId("loanItemKind");
        kind.getItems().setAll(ItemKind.values());
        kind.setConverter(ShownAs.words(value -> messages.label("loan.item", value)));
        form.row("borrower", messages.get("loan.new.borrower"), borrower)
                .row("patronName", messages.get("loan.new.patron_name"), patronName)
                .row("patronId", messages.get("loan.new.patron_id"), patronId)
                .row("patronKind", messages.get("loan.new.patron_kind"), patronKind)
                .row("service", messages.get("loan.new.service"), service)
                .row("title", messages.get("loan.new.title"), title)
                .row("author", messages.get("loan.new.author"), author)
                .row("publisher", messages.get("loan.new.publisher"), publisher)
                .row("year", messages.get("loan.new.year"), year)
                .row("isbn", messages.get("loan.new.isbn"), isbn)
                .row("itemKind", messages.get("loan.new.item_kind"), kind)
                .row("pages", messages.get("loan.new.pages"), pages)
                .row("article", messages.get("loan.new.article"), article)
                .row("copyright", messages.get("loan.new.copyright"), copyright)
                .row("neededBy", messages.get("loan.new.needed_by"), neededBy)
                .row("note", messages.get("loan.new.note"), note);
        for (var copyOnly : List.of(pages, article, copyright)) {
            copyOnly.disableProperty().bind(service.valueProperty().isNotEqualTo(ServiceKind.COPY));
        }
        rotaTable.setId("loanRota");
        rotaTable.setEditable(true);
        rotaTable.setPrefHeight(170);
        EmptyListText.on(rotaTable, messages.get(workId == null ? "loan.new.rota_empty_any"
                : "loan.new.rota_empty_work"));
        TableColumn<RotaRow, Boolean> ask = new TableColumn<>(messages.get("loan.new.rota_ask"));
        ask.setCellValueFactory(cell -> cell.getValue().asked);
        ask.setCellFactory(CheckBoxTableCell.forTableColumn(ask));
        ask.setEditable(true);
        TableColumn<RotaRow, String> library = TextColumns.of(messages.get("loan.new.rota_library"),
                row -> row.choice.member().code() + " \u2013 " + row.choice.member().name());
        library.setPrefWidth(210);
        TableColumn<RotaRow, String> copies = TextColumns.of(messages.get("loan.new.rota_copies"),
                row -> workId == null ? "" : String.valueOf(row.choice.copies()));
        copies.getStyleClass().add(Styles.NUMERIC);
        TableColumn<RotaRow, String> calls = TextColumns.of(messages.get("loan.new.rota_call"),
                row -> row.choice.callNumbers());
        calls.setPrefWidth(110);
        TableColumn<RotaRow, String> open = TextColumns.of(messages.get("loan.new.rota_open"),
                row -> String.valueOf(row.choice.openRequests()));
        open.getStyleClass().add(Styles.NUMERIC);
        rotaTable.getColumns().setAll(List.of(ask, library, copies, calls, open));
        borrower.valueProperty().addListener((obs, old, now) -> propose());
        service.valueProperty().addListener((obs, old, now) -> propose());
        kind.valueProperty().addListener((obs, old, now) -> propose());
    }

    private void propose() {
        LoanMember who = borrower.getValue();
        if (who == null) {
            rota.clear();
            return;
        }
        ServiceKind asked = service.getValue();
        ItemKind what = kind.getValue() == null ? ItemKind.BOOK : kind.getValue();
        Set<Long> unticked = new HashSet<>();
        rota.stream().filter(row -> !row.asked.get()).forEach(row -> unticked.add(row.choice.member().id()));
        executor.execute(BackgroundTask.wrap(progress -> loans.proposeRota(who.id(), asked, what, workId))
                .titled(messages.get("loan.new.rota"))
                .onSuccess(choices -> {
                    List<RotaRow> rows = new ArrayList<>();
                    for (LenderChoice choice : choices) {
                        RotaRow row = new RotaRow(choice);
                        // an item typed in may be anywhere: the three least busy are asked unless the borrower adds
                        boolean proposed = workId != null || rows.size() < TYPED_ITEM_ROTA;
                        row.asked.set(proposed && !unticked.contains(choice.member().id()));
                        rows.add(row);
                    }
                    rota.setAll(rows);
                }));
    }

    private Node rotaSection() {
        Button up = new Button(messages.get("loan.new.rota_up"));
        up.setId("loanRotaUp");
        up.setOnAction(event -> move(-1));
        Button down = new Button(messages.get("loan.new.rota_down"));
        down.setId("loanRotaDown");
        down.setOnAction(event -> move(1));
        Label heading = new Label(messages.get("loan.new.rota"));
        heading.getStyleClass().add(Styles.FORM_SECTION);
        Label hint = new Label(messages.get("loan.new.rota_hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.MUTED);
        Label error = new Label();
        error.setId("lendersError");
        error.getStyleClass().add(Styles.FIELD_ERROR);
        error.setWrapText(true);
        return new VBox(4, heading, hint, rotaTable, new HBox(8, up, down), error);
    }

    private void move(int by) {
        int at = rotaTable.getSelectionModel().getSelectedIndex();
        int to = at + by;
        if (at < 0 || to < 0 || to >= rota.size()) {
            return;
        }
        RotaRow row = rota.remove(at);
        rota.add(to, row);
        rotaTable.getSelectionModel().select(to);
    }

    /** Shows the dialog and waits; empty when the user cancelled. */
    Optional<NewLoanRequest> ask(Window owner, Map<String, String> errors) {
        Dialog<NewLoanRequest> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setTitle(messages.get("loan.new.title_dialog"));
        dialog.setHeaderText(messages.get("loan.new.title_dialog"));
        dialog.getDialogPane().setId("loanNew");
        ButtonType ok = new ButtonType(messages.get("loan.new.send"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("common.button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, cancel);
        dialog.getDialogPane().lookupButton(ok).setId("loanNewOk");
        Node rotaPart = rotaSection();
        VBox content = new VBox(12, form.node(), rotaPart);
        content.setPadding(new Insets(4));
        content.setPrefWidth(640);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(560);
        dialog.getDialogPane().setContent(scroll);
        dialog.setResizable(true);
        form.showErrors(errors);
        Label lendersError = (Label) rotaPart.lookup("#lendersError");
        lendersError.setText(errors.getOrDefault("lenders", ""));
        String other = errors.entrySet().stream().filter(e -> form.node().lookup("#" + e.getKey() + "Error") == null
                && !e.getKey().equals("lenders")).map(Map.Entry::getValue).reduce((a, b) -> a + "\n" + b).orElse("");
        if (!other.isEmpty()) {
            lendersError.setText((lendersError.getText().isEmpty() ? "" : lendersError.getText() + "\n") + other);
        }
        if (rota.isEmpty()) {
            propose();
        }
        // sixteen fields of a patron's request: Cancel, Escape or closing asks before throwing them away
        id.jalin.kernel.ui.FormDialog.guardTyping(dialog, form::values, !errors.isEmpty(), messages,
                messages.get("loan.new.title_dialog"));
        dialog.setResultConverter(button -> button == ok ? values() : null);
        return dialog.showAndWait();
    }

    private NewLoanRequest values() {
        Integer typedYear = year.getText().isBlank() ? null : Integer.valueOf(year.getText().strip());
        RequestedItem item = new RequestedItem(workId, title.getText(), author.getText(), publisher.getText(),
                typedYear, isbn.getText(), "", kind.getValue(), service.getValue() == ServiceKind.COPY
                ? pages.getText() : "", service.getValue() == ServiceKind.COPY ? article.getText() : "");
        List<Long> lenders = rota.stream().filter(row -> row.asked.get()).map(row -> row.choice.member().id())
                .toList();
        return new NewLoanRequest(borrower.getValue() == null ? 0 : borrower.getValue().id(),
                new Patron(patronName.getText(), patronId.getText(), patronKind.getValue()), service.getValue(), item,
                service.getValue() == ServiceKind.COPY ? copyright.getText() : "", neededBy.getValue(),
                note.getText(), lenders);
    }

}
