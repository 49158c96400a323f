package id.jalin.training.ui;

import id.jalin.kernel.ui.ScreenTasks;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.ui.EmptyListText;
import id.jalin.kernel.ui.FileDialogs;
import id.jalin.kernel.ui.ImportAction;
import id.jalin.kernel.ui.StaleRecordHandler;
import id.jalin.kernel.ui.Styles;
import id.jalin.kernel.ui.TextColumns;
import id.jalin.kernel.validation.SaveResult;
import id.jalin.training.domain.Cancellation;
import id.jalin.training.domain.EventDetail;
import id.jalin.training.domain.FeeSummary;
import id.jalin.training.domain.ParticipantRole;
import id.jalin.training.domain.Registration;
import id.jalin.training.domain.RegistrationImportReport;
import id.jalin.training.domain.RegistrationStatus;
import id.jalin.training.domain.TrainingEvent;
import id.jalin.training.domain.TrainingMember;
import id.jalin.training.domain.TrainingService;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The chosen event's registrations in the order made: members' staff and guests, their role, whether they hold a
 * place or wait (with their place in the line) or cancelled, and their fee. Registering, cancelling (the first
 * waiting moves up, and the screen says who), recording a payment with its receipt, importing a sign-up form's
 * export, and the badges; the fees due and paid summed under the list.
 */
final class RegistrationsPane {
    private final TrainingService training;
    private final ScreenTasks tasks;
    private final TrainingWords words;
    private final Messages messages;
    private final FileDialogs files;
    private final TrainingPrinting printing;
    private final Runnable changed;
    private final TableView<Registration> table = new TableView<>();
    private final Label heading = new Label();
    private final Label note = new Label();
    private final Label fees = new Label();
    private final FlowPane buttons = new FlowPane(8, 8);
    private final BorderPane root = new BorderPane();
    private EventDetail event;
    private List<Registration> waiting = List.of();

    RegistrationsPane(TrainingService training, ScreenTasks tasks, TrainingWords words, FileDialogs files,
                      TrainingPrinting printing, Runnable changed) {
        this.training = training;
        this.tasks = tasks;
        this.words = words;
        this.messages = words.messages();
        this.files = files;
        this.printing = printing;
        this.changed = changed;
        build();
    }

    Node root() {
        return root;
    }

    private void build() {
        heading.setId("trRegHeading");
        heading.getStyleClass().add(Styles.TITLE);
        heading.setWrapText(true);
        heading.setMinHeight(Region.USE_PREF_SIZE);
        note.setId("trRegNote");
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE);
        note.getStyleClass().add("training-note");
        note.managedProperty().bind(note.textProperty().isNotEmpty());
        fees.setId("trFeeSummary");
        fees.setWrapText(true);
        fees.setMinHeight(Region.USE_PREF_SIZE);
        table.setId("trRegTable");
        EmptyListText.on(table, messages.get("training.ui.registration.empty"));
        TableColumn<Registration, String> number = TextColumns.of("#", r -> String.valueOf(table.getItems()
                .indexOf(r) + 1));
        number.setPrefWidth(40);
        number.setMinWidth(40);
        TableColumn<Registration, String> name = TextColumns.of(messages.get("training.ui.registration.name"),
                Registration::name);
        name.setPrefWidth(190);
        TableColumn<Registration, String> institution = TextColumns.of(messages.get(
                "training.ui.registration.institution"), Registration::institution);
        institution.setPrefWidth(220);
        TableColumn<Registration, String> role = TextColumns.of(messages.get("training.ui.registration.role"),
                r -> messages.label("training.role", r.role()));
        role.setPrefWidth(100);
        TableColumn<Registration, String> standing = TextColumns.of(messages.get("training.ui.registration.status"),
                r -> words.standing(r, waiting));
        standing.setPrefWidth(130);
        TableColumn<Registration, String> due = TextColumns.of(messages.get("training.ui.fee.due"),
                r -> words.money(r.fee().due()));
        due.setPrefWidth(110);
        TableColumn<Registration, String> paid = TextColumns.of(messages.get("training.ui.fee.paid"),
                r -> r.fee().paid().rupiah() == 0 ? "" : words.money(r.fee().paid()));
        paid.setPrefWidth(110);
        TableColumn<Registration, String> receipt = TextColumns.of(messages.get("training.ui.fee.receipt"),
                r -> r.fee().receiptNumber());
        receipt.setPrefWidth(110);
        table.getColumns().setAll(List.of(number, name, institution, role, standing, due, paid, receipt));
        buttons.setId("trRegButtons");
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(8, heading, buttons, note);
        top.setPadding(new Insets(0, 0, 8, 0));
        root.setTop(top);
        root.setCenter(table);
        BorderPane.setMargin(fees, new Insets(8, 0, 0, 0));
        root.setBottom(fees);
        root.setPadding(new Insets(8));
        show(null);
    }

    /** Shows the event's registrations, read again in the background. */
    void show(EventDetail detail) {
        event = detail;
        buttons.getChildren().clear();
        if (detail == null) {
            heading.setText(messages.get("training.ui.event.none"));
            table.getItems().clear();
            fees.setText("");
            note.setText("");
            return;
        }
        heading.setText(words.title(detail.event()) + " \u2013 " + words.status(detail.event().status()));
        offerButtons(detail.event());
        reload();
    }

    private void reload() {
        if (event == null) {
            return;
        }
        long id = event.event().id();
        tasks.run(messages.get("training.ui.task.registrations"), progress -> new Read(training.registrations(id),
                training.feeSummary(id)), read -> {
                    if (event == null || event.event().id() != id) {
                        return;
                    }
                    waiting = read.all().stream().filter(r -> r.status() == RegistrationStatus.WAITING).toList();
                    Registration chosen = table.getSelectionModel().getSelectedItem();
                    table.getItems().setAll(read.all());
                    if (chosen != null) {
                        table.getItems().stream().filter(r -> r.id().equals(chosen.id())).findFirst()
                                .ifPresent(r -> table.getSelectionModel().select(r));
                    }
                    fees.setText(feeText(read.fees()));
                });
    }

    private record Read(List<Registration> all, FeeSummary fees) {
    }

    private String feeText(FeeSummary summary) {
        return messages.get("training.ui.fee.summary", summary.people(), words.money(summary.due()),
                words.money(summary.paid()), words.money(summary.outstanding()), summary.settled(),
                summary.unsettled());
    }

    private void offerButtons(TrainingEvent shown) {
        List<Button> offered = new ArrayList<>();
        boolean manage = training.mayManage(shown);
        if (!registrars(shown).isEmpty()) {
            offered.add(button("trRegisterStaffButton", "training.ui.register.staff", () -> register(false)));
        }
        if (manage || !registrars(shown).isEmpty()) {
            offered.add(button("trRegisterGuestButton", "training.ui.register.guest", () -> register(true)));
        }
        Button cancel = button("trCancelRegistration", "training.ui.registration.cancel", this::cancel);
        cancel.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        offered.add(cancel);
        if (manage) {
            Button fee = button("trRecordFee", "training.ui.fee.record", this::recordFee);
            fee.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
            offered.add(fee);
            offered.add(button("trImportRegistrations", "training.ui.registration.import", this::importFile));
        }
        offered.add(button("trPrintBadges", "training.ui.print.badges", () -> printing.badges(event)));
        buttons.getChildren().setAll(offered);
    }

    private Button button(String id, String key, Runnable action) {
        Button button = new Button(messages.get(key));
        button.setId(id);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setOnAction(e -> action.run());
        return button;
    }

    /** Members whose staff the reader may register for the event. */
    private List<TrainingMember> registrars(TrainingEvent shown) {
        return words.members().stream().filter(TrainingMember::active)
                .filter(member -> training.mayRegisterFrom(shown, member.id())).toList();
    }

    private void register(boolean guest) {
        TrainingEvent shown = event.event();
        List<TrainingMember> from = guest ? words.members().stream().filter(TrainingMember::active).toList()
                : registrars(shown);
        List<ParticipantRole> roles = training.mayManage(shown) ? List.of(ParticipantRole.values())
                : List.of(ParticipantRole.PARTICIPANT);
        RegisterDialog dialog = new RegisterDialog(words, guest, from, roles, (memberId, then) -> tasks.run(
                messages.get("training.ui.task.staff"), progress -> training.staff(memberId), then::accept));
        askRegistration(dialog, shown, Map.of());
    }

    private void askRegistration(RegisterDialog dialog, TrainingEvent shown, Map<String, String> errors) {
        dialog.ask(tasks.window(), errors).ifPresent(typed -> {
            if (!typed.errors().isEmpty()) {
                Platform.runLater(() -> askRegistration(dialog, shown, typed.errors()));
                return;
            }
            String title = messages.get("training.ui.register.title");
            tasks.run(title, progress -> training.register(shown.id(), typed.who(), typed.role(),
                    typed.cardNumber()), result -> {
                        if (result instanceof SaveResult.Saved<Registration> saved) {
                            Registration made = saved.value();
                            note.setText(made.status() == RegistrationStatus.WAITING
                                    ? messages.get("training.ui.registration.waitlisted", made.name())
                                    : messages.get("training.ui.registration.registered", made.name()));
                            reload();
                            changed.run();
                        } else if (result instanceof SaveResult.Invalid<Registration> invalid) {
                            askRegistration(dialog, shown, words.byField(invalid.validation().errors()));
                        } else if (result instanceof SaveResult.Conflict) {
                            tasks.dialogs().error(tasks.window(), title, messages.get("training.ui.event.gone"));
                        }
                    });
        });
    }

    private void cancel() {
        Registration chosen = table.getSelectionModel().getSelectedItem();
        if (chosen == null) {
            return;
        }
        String title = messages.get("training.ui.registration.cancel");
        if (!tasks.dialogs().confirm(tasks.window(), title, messages.get("training.ui.registration.cancelConfirm",
                chosen.name()), title)) {
            return;
        }
        tasks.run(title, progress -> training.cancel(chosen), result -> {
            if (result instanceof SaveResult.Saved<Cancellation> saved) {
                List<Registration> promoted = saved.value().promoted();
                note.setText(promoted.isEmpty()
                        ? messages.get("training.ui.registration.cancelled", chosen.name())
                        : messages.get("training.ui.registration.promoted", chosen.name(),
                        String.join(", ", promoted.stream().map(Registration::name).toList())));
                reload();
                changed.run();
            } else {
                refused(title, result);
            }
        });
    }

    private void recordFee() {
        Registration chosen = table.getSelectionModel().getSelectedItem();
        if (chosen != null) {
            askFee(new FeeDialog(messages, chosen, training.today()), chosen, Map.of());
        }
    }

    private void askFee(FeeDialog dialog, Registration chosen, Map<String, String> errors) {
        dialog.ask(tasks.window(), errors).ifPresent(typed -> {
            if (!typed.errors().isEmpty()) {
                Platform.runLater(() -> askFee(dialog, chosen, typed.errors()));
                return;
            }
            String title = messages.get("training.ui.fee.record");
            tasks.run(title, progress -> training.recordFee(chosen, typed.fee()), result -> {
                if (result instanceof SaveResult.Saved<Registration>) {
                    reload();
                } else if (result instanceof SaveResult.Invalid<Registration> invalid) {
                    askFee(dialog, chosen, words.byField(invalid.validation().errors()));
                } else {
                    refused(title, result);
                }
            });
        });
    }

    private <T> void refused(String title, SaveResult<T> result) {
        if (result instanceof SaveResult.Invalid<T> invalid) {
            tasks.dialogs().error(tasks.window(), title, words.errors(invalid.validation().errors()));
        } else if (result instanceof SaveResult.Conflict conflict) {
            StaleRecordHandler.withDialogs(messages, tasks::window).handle(conflict, "trainingRegistration",
                    this::reload, null);
        }
    }

    private void importFile() {
        long id = event.event().id();
        new ImportAction<>(training.registrationImport(id), "training.ui.import", "trImportReport",
                (RegistrationImportReport report) -> messages.get("training.ui.import.summary", report.registered(),
                        report.waiting(), report.rejected().size()), tasks.executor(), messages, files)
                .run(tasks.window(), () -> {
                    reload();
                    changed.run();
                });
    }
}
