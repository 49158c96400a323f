package id.jalin.crossservice.ui;

import id.jalin.crossservice.domain.CardHolder;
import id.jalin.crossservice.domain.VisitAnnouncement;
import id.jalin.forum.domain.ForumProfile;
import id.jalin.crossservice.print.IntroductionLetterPdf;
import id.jalin.kernel.files.AtomicFileWriter;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.ui.EmptyListText;
import id.jalin.kernel.ui.TextColumns;
import id.jalin.kernel.task.BackgroundTask;
import id.jalin.kernel.task.TaskExecutor;
import id.jalin.kernel.ui.BoundControls;
import id.jalin.kernel.ui.Dialogs;
import id.jalin.kernel.ui.FieldErrorMarks;
import id.jalin.kernel.ui.FileDialogs;
import id.jalin.kernel.ui.FileOpener;
import id.jalin.kernel.ui.FileWrittenNotice;
import id.jalin.kernel.ui.LocalizedDatePicker;
import id.jalin.member.domain.Library;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** A host library's expected visitors over a period; announce a visit, withdraw it, print its letter. */
final class AnnouncementsView {
    private final AnnouncementsViewModel model;
    private final Messages messages;
    private final TaskExecutor executor;
    private final FileDialogs files;
    private final FileOpener opener;
    private final Supplier<ForumProfile> forum;
    private final VBox root = new VBox(10);

    AnnouncementsView(AnnouncementsViewModel model, Messages messages, TaskExecutor executor, FileDialogs files,
                      FileOpener opener, Supplier<ForumProfile> forum) {
        this.model = model;
        this.messages = messages;
        this.executor = executor;
        this.files = files;
        this.opener = opener;
        this.forum = forum;
        BoundControls controls = new BoundControls(messages);

        ComboBox<Library> host = libraries(model.libraries);
        host.setId("announcementHost");
        host.valueProperty().bindBidirectional(model.host);
        DatePicker from = controls.date("announcementsFrom", model.from);
        DatePicker to = controls.date("announcementsTo", model.to);

        TableView<AnnouncementsViewModel.Row> table = new TableView<>(model.rows);
        table.setId("announcementTable");
        EmptyListText.on(table, messages.get("visit.announce.none"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(TextColumns.of(messages.get("visit.announce.dates"), r -> dates(r.announcement())));
        table.getColumns().add(TextColumns.of(messages.get("visit.announce.holder"), r -> r.holderName() + " (" + r.holderNumber() + ")"));
        table.getColumns().add(TextColumns.of(messages.get("visit.announce.home"), AnnouncementsViewModel.Row::homeLibrary));
        table.getColumns().add(TextColumns.of(messages.get("visit.announce.purpose"), r -> r.announcement().purpose()));
        table.getColumns().add(TextColumns.of(messages.get("visit.announce.by"), r -> r.announcement().announcedBy()));

        Button announce = new Button(messages.get("visit.announce.add"));
        announce.setId("announceButton");
        // Member staff announce only their own holders; read-only staff announce nobody (the service checks too).
        announce.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> !model.mayAnnounceAt(model.host.get()), model.host, model.libraries));
        announce.setOnAction(event -> announceDialog());
        Button letter = new Button(messages.get("visit.letter.print"));
        letter.setId("printLetterButton");
        var mayChangeSelected = javafx.beans.binding.Bindings.createBooleanBinding(() -> {
            var row = table.getSelectionModel().getSelectedItem();
            return row != null && row.mayChange();
        }, table.getSelectionModel().selectedItemProperty());
        letter.disableProperty().bind(mayChangeSelected.not());
        letter.setOnAction(event -> printLetter(table.getSelectionModel().getSelectedItem()));
        Button withdraw = new Button(messages.get("visit.announce.withdraw"));
        withdraw.setId("withdrawButton");
        withdraw.disableProperty().bind(mayChangeSelected.not());
        for (Button change : java.util.List.of(announce, letter, withdraw)) {
            change.setVisible(model.mayAnnounceAtAll());
            change.setManaged(model.mayAnnounceAtAll());
        }
        withdraw.setOnAction(event -> {
            var row = table.getSelectionModel().getSelectedItem();
            if (new Dialogs(messages).confirm(Dialogs.windowOf(root), messages.get("visit.announce.withdraw"),
                    messages.get("visit.announce.withdrawConfirm", row.holderName()), messages.get("visit.announce.withdraw"))) {
                model.withdraw(row);
            }
        });

        FlowPane filters = new FlowPane(10, 8, new Label(messages.get("visit.announce.host")), host,
                new Label(messages.get("visit.announce.from")), from, new Label(messages.get("visit.announce.to")), to);
        filters.setAlignment(Pos.CENTER_LEFT);
        root.getChildren().addAll(filters, table, new FlowPane(8, 6, announce, letter, withdraw));
        VBox.setVgrow(table, Priority.ALWAYS);
        root.setPadding(new Insets(12));
        root.setId("announcements");
    }

    Node root() {
        return root;
    }

    private String dates(VisitAnnouncement a) {
        return a.from().equals(a.to()) ? messages.date(a.from()) : messages.date(a.from()) + " \u2013 " + messages.date(a.to());
    }

    private void announceDialog() {
        Library hostLibrary = model.host.get();
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(Dialogs.windowOf(root));
        dialog.setTitle(messages.get("visit.announce.add"));
        dialog.setHeaderText(messages.get("visit.announce.heading", hostLibrary.name()));
        dialog.getDialogPane().setId("announceDialog");
        ComboBox<Library> home = libraries(model.libraries.filtered(l -> !l.id().equals(hostLibrary.id())
                && model.mayAnnounceFor(l)));
        home.setId("announceHome");
        // a library has thousands of students with a card: typing part of a name or number narrows the list
        ComboBox<CardHolder> holder = new org.controlsfx.control.SearchableComboBox<>();
        holder.setId("announceHolder");
        holder.setMaxWidth(Double.MAX_VALUE);
        holder.setConverter(new StringConverter<>() {
            @Override
            public String toString(CardHolder h) {
                return h == null ? "" : h.name() + " (" + h.number() + ")";
            }

            @Override
            public CardHolder fromString(String text) {
                return null;
            }
        });
        home.valueProperty().addListener((obs, old, chosen) -> {
            holder.getItems().clear();
            if (chosen != null) {
                model.holdersOf(chosen, holder.getItems()::setAll);
            }
        });
        if (home.getItems().size() == 1) {
            home.setValue(home.getItems().get(0)); // member staff: their own library is the only home offered
        }
        DatePicker from = LocalizedDatePicker.create(messages);
        from.setId("announceFrom");
        from.setValue(model.from.get());
        DatePicker to = LocalizedDatePicker.create(messages);
        to.setId("announceTo");
        to.setValue(model.from.get());
        TextField purpose = new TextField();
        purpose.setId("announcePurpose");
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label(messages.get("visit.announce.home")), home);
        grid.addRow(1, new Label(messages.get("visit.announce.holder")), holder);
        grid.addRow(2, new Label(messages.get("visit.announce.from")), from);
        grid.addRow(3, new Label(messages.get("visit.announce.to")), to);
        grid.addRow(4, new Label(messages.get("visit.announce.purpose")), purpose);
        Label error = FieldErrorMarks.errorLabel("announceError");
        VBox content = new VBox(10, grid, error);
        content.setPadding(new Insets(10));
        content.setPrefWidth(560);
        dialog.getDialogPane().setContent(content);
        ButtonType ok = new ButtonType(messages.get("visit.announce.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ok,
                new ButtonType(messages.get("common.button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        Button okButton = (Button) dialog.getDialogPane().lookupButton(ok);
        okButton.setId("announceOk");
        okButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            if (holder.getValue() == null) {
                error.setText(messages.get("visit.error.holder.required"));
                return;
            }
            if (from.getValue() == null || to.getValue() == null) {
                error.setText(messages.get("visit.error.from.required"));
                return;
            }
            model.announce(VisitAnnouncement.of(holder.getValue().id(), hostLibrary.id(), from.getValue(), to.getValue(),
                    purpose.getText()), validation -> {
                if (validation.isValid()) {
                    dialog.setResult(ok);
                    dialog.close();
                } else {
                    error.setText(validation.errors().stream().map(e -> messages.get(e.messageKey(), e.args().toArray()))
                            .collect(Collectors.joining("\n")));
                }
            });
        });
        dialog.show();
    }

    private void printLetter(AnnouncementsViewModel.Row row) {
        String suggested = messages.get("visit.letter.fileName", row.holderNumber()) + ".pdf";
        files.save(Dialogs.windowOf(root), messages.get("visit.letter.print"), FileDialogs.FileKind.PDF, suggested)
                .ifPresent(path -> executor.execute(BackgroundTask.wrap(progress -> {
                            var letter = model.letterFor(row, forum.get());
                            new AtomicFileWriter().write(path, out -> new IntroductionLetterPdf().write(letter, out));
                            return path;
                        })
                        .withProgress(messages.get("visit.letter.progress"))
                        .onSuccess(written -> new FileWrittenNotice(messages, opener).show(Dialogs.windowOf(root),
                                messages.get("written.print.letter"), written, true))));
    }

    private ComboBox<Library> libraries(javafx.collections.ObservableList<Library> items) {
        ComboBox<Library> box = new ComboBox<>(items);
        box.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Library library) {
                return library == null ? "" : library.name() + " (" + library.code() + ")";
            }

            @Override
            public Library fromString(String text) {
                return null;
            }
        });
        return box;
    }
}
