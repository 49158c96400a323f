package id.jalin.agreement.ui;

import id.jalin.agreement.domain.AgreementService;
import id.jalin.agreement.domain.Reminder;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.task.BackgroundTask;
import id.jalin.kernel.task.TaskExecutor;
import id.jalin.kernel.ui.EmptyListText;
import id.jalin.kernel.ui.Styles;
import id.jalin.kernel.ui.TextColumns;
import java.util.function.LongConsumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The start screen's reminders: agreements expiring soon, obligations overdue or due within 30 days.
 * Each line opens its agreement.
 */
public final class ReminderPanel {
    private final AgreementService service;
    private final TaskExecutor executor;
    private final LongConsumer openAgreement;

    public ReminderPanel(AgreementService service, TaskExecutor executor, LongConsumer openAgreement) {
        this.service = service;
        this.executor = executor;
        this.openAgreement = openAgreement;
    }

    public Node create(Messages messages) {
        Label title = new Label(messages.get("agreement.reminders.title"));
        title.getStyleClass().add(Styles.TITLE);
        TableView<Reminder> table = new TableView<>();
        table.setId("reminderTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        EmptyListText.on(table, messages.get("agreement.reminders.none"));
        table.getStyleClass().add(atlantafx.base.theme.Styles.STRIPED);
        TableColumn<Reminder, String> what = TextColumns.of(messages.get("agreement.reminders.what"), r -> describe(messages, r));
        what.setPrefWidth(460);
        TableColumn<Reminder, String> date = TextColumns.of(messages.get("agreement.reminders.date"), r -> messages.date(r.date()));
        date.setMinWidth(150);
        TableColumn<Reminder, String> kind = TextColumns.of(messages.get("agreement.reminders.kind"),
                r -> messages.label("agreement.reminders.kind", r.kind()));
        kind.setMinWidth(190);
        TableColumn<Reminder, String> number = TextColumns.of(messages.get("agreement.field.number"), Reminder::agreementNumber);
        number.setMinWidth(230);
        table.getColumns().add(date);
        table.getColumns().add(kind);
        table.getColumns().add(what);
        table.getColumns().add(number);
        table.setRowFactory(view -> {
            TableRow<Reminder> row = new TableRow<>() {
                @Override
                protected void updateItem(Reminder reminder, boolean empty) {
                    super.updateItem(reminder, empty);
                    getStyleClass().remove("overdue");
                    if (!empty && reminder != null && reminder.kind() == Reminder.Kind.OBLIGATION_OVERDUE) {
                        getStyleClass().add("overdue");
                    }
                }
            };
            row.setOnMouseClicked(event -> {
                if (event.getClickCount() == 2 && !row.isEmpty()) {
                    openAgreement.accept(row.getItem().agreementId());
                }
            });
            return row;
        });
        Button open = new Button(messages.get("agreement.reminders.open"));
        open.setId("openReminderButton");
        open.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        open.setOnAction(event -> openAgreement.accept(table.getSelectionModel().getSelectedItem().agreementId()));
        load(messages, table.getItems()::setAll);
        VBox box = new VBox(10, title, table, new HBox(open));
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPadding(new Insets(16));
        return box;
    }

    /** Reads the reminders off the FX thread; a failure is shown by the executor's failure dialog. */
    void load(Messages messages, java.util.function.Consumer<java.util.List<Reminder>> show) {
        executor.execute(BackgroundTask.wrap(progress -> service.reminders())
                .titled(messages.get("agreement.task.reminders")).onSuccess(show));
    }

    private static String describe(Messages messages, Reminder reminder) {
        return switch (reminder.kind()) {
            case AGREEMENT_EXPIRING -> messages.get("agreement.reminders.expiring", reminder.agreementTitle());
            case OBLIGATION_OVERDUE, OBLIGATION_DUE_SOON -> messages.get("agreement.reminders.obligation",
                    reminder.partyName(), reminder.obligationText());
        };
    }
}
