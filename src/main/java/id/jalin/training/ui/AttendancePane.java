package id.jalin.training.ui;

import id.jalin.kernel.ui.ScreenTasks;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.ui.EmptyListText;
import id.jalin.kernel.ui.ShownAs;
import id.jalin.kernel.ui.Styles;
import id.jalin.kernel.ui.TextColumns;
import id.jalin.kernel.validation.SaveResult;
import id.jalin.training.domain.AttendanceRecord;
import id.jalin.training.domain.EventDetail;
import id.jalin.training.domain.Registration;
import id.jalin.training.domain.ScanResult;
import id.jalin.training.domain.TrainingService;
import id.jalin.training.domain.TrainingSession;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Attendance at one session of the chosen event: everyone holding a place with a tick box, and a scan field (a
 * keyboard-wedge scanner types the badge or forum card code and Enter) that records the person and says loudly who
 * it was, or why not. The session's attendance sheet prints from here.
 */
final class AttendancePane {
    private final TrainingService training;
    private final ScreenTasks tasks;
    private final TrainingWords words;
    private final Messages messages;
    private final TrainingPrinting printing;
    private final ComboBox<TrainingSession> session = new ComboBox<>();
    private final TableView<Registration> table = new TableView<>();
    private final TextField scan = new TextField();
    private final Label headline = new Label();
    private final Label details = new Label();
    private final VBox panel;
    private final Label heading = new Label();
    private final Button sheet = new Button();
    private final BorderPane root = new BorderPane();
    private EventDetail event;
    private AttendanceRecord record;
    private boolean manage;

    AttendancePane(TrainingService training, ScreenTasks tasks, TrainingWords words, TrainingPrinting printing) {
        this.training = training;
        this.tasks = tasks;
        this.words = words;
        this.messages = words.messages();
        this.printing = printing;
        this.panel = new VBox(6, headline, details);
        build();
    }

    Node root() {
        return root;
    }

    private void build() {
        heading.setId("trAttHeading");
        heading.getStyleClass().add(Styles.TITLE);
        heading.setWrapText(true);
        heading.setMinHeight(Region.USE_PREF_SIZE);
        session.setId("trSessionChooser");
        session.setConverter(ShownAs.words(this::sessionLine));
        session.valueProperty().addListener((obs, old, now) -> table.refresh());
        Label sessionLabel = new Label(messages.get("training.ui.attendance.session"));
        sessionLabel.setMinWidth(Region.USE_PREF_SIZE);
        sheet.setText(messages.get("training.ui.print.sheet"));
        sheet.setId("trPrintSheet");
        sheet.setMinWidth(Region.USE_PREF_SIZE);
        sheet.disableProperty().bind(session.valueProperty().isNull());
        sheet.setOnAction(e -> printing.attendanceSheet(event, session.getValue()));
        FlowPane bar = new FlowPane(8, 8, sessionLabel, session, sheet);
        bar.setAlignment(Pos.CENTER_LEFT);

        table.setId("trAttendanceTable");
        table.setEditable(true);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        EmptyListText.on(table, messages.get("training.ui.attendance.empty"));
        TableColumn<Registration, Boolean> present = new TableColumn<>(messages.get("training.ui.attendance.present"));
        present.setId("trPresentColumn");
        present.setMinWidth(80);
        present.setCellValueFactory(cell -> {
            Registration person = cell.getValue();
            TrainingSession chosen = session.getValue();
            SimpleBooleanProperty ticked = new SimpleBooleanProperty(record != null && chosen != null
                    && record.attended(chosen.id(), person.id()));
            ticked.addListener((obs, old, now) -> tick(person, now));
            return ticked;
        });
        present.setCellFactory(CheckBoxTableCell.forTableColumn(present));
        present.editableProperty().bind(session.valueProperty().isNotNull());
        TableColumn<Registration, String> name = TextColumns.of(messages.get("training.ui.registration.name"),
                Registration::name);
        name.setPrefWidth(200);
        TableColumn<Registration, String> institution = TextColumns.of(messages.get(
                "training.ui.registration.institution"), Registration::institution);
        institution.setPrefWidth(220);
        TableColumn<Registration, String> role = TextColumns.of(messages.get("training.ui.registration.role"),
                r -> messages.label("training.role", r.role()));
        role.setPrefWidth(100);
        role.setMinWidth(90);
        TableColumn<Registration, String> attended = TextColumns.of(messages.get("training.ui.attendance.attended"),
                r -> record == null ? "" : record.attendedBy(r.id()) + "/" + record.detail().sessions().size());
        attended.setPrefWidth(100);
        attended.setMinWidth(100);
        table.getColumns().setAll(List.of(present, name, institution, role, attended));

        scan.setId("trScanField");
        scan.getStyleClass().add("scan-field");
        scan.setPromptText(messages.get("training.ui.attendance.scanShort"));
        scan.setOnAction(e -> scanned());
        headline.setId("trScanHeadline");
        headline.getStyleClass().add("verdict-headline");
        details.setId("trScanDetails");
        details.getStyleClass().add("verdict-details");
        for (Label label : new Label[] {headline, details}) {
            label.setWrapText(true);
            label.setMaxWidth(Double.MAX_VALUE);
            label.setMinHeight(Region.USE_PREF_SIZE);
        }
        panel.setId("trScanPanel");
        panel.getStyleClass().addAll("verdict-panel", "verdict-waiting");
        panel.setPadding(new Insets(12));
        waiting();
        Label scanHint = new Label(messages.get("training.ui.attendance.scanPrompt"));
        scanHint.setWrapText(true);
        scanHint.setMinHeight(Region.USE_PREF_SIZE);
        scanHint.getStyleClass().add(Styles.MUTED);
        VBox desk = new VBox(10, scanHint, scan, panel);
        desk.setPadding(new Insets(0, 0, 0, 12));
        desk.setPrefWidth(380);
        desk.setMinWidth(300);
        VBox top = new VBox(8, heading, bar);
        top.setPadding(new Insets(0, 0, 8, 0));
        root.setTop(top);
        root.setCenter(table);
        root.setRight(desk);
        root.setPadding(new Insets(8));
        VBox.setVgrow(table, Priority.ALWAYS);
        show(null);
    }

    private String sessionLine(TrainingSession value) {
        if (value == null || event == null) {
            return "";
        }
        int number = event.sessions().indexOf(value) + 1;
        return messages.get("training.ui.attendance.sessionLine", number, words.shortDate(value.heldOn()),
                words.times(value), value.topic());
    }

    void show(EventDetail detail) {
        event = detail;
        record = null;
        manage = detail != null && training.mayManage(detail.event());
        scan.setDisable(!manage);
        table.setEditable(manage);
        waiting();
        if (detail == null) {
            heading.setText(messages.get("training.ui.event.none"));
            session.getItems().clear();
            table.getItems().clear();
            return;
        }
        heading.setText(words.title(detail.event()));
        if (manage) {
            // at the door the next thing is a scan: the scanner types into the field that has the focus
            Platform.runLater(scan::requestFocus);
        }
        TrainingSession chosen = session.getValue();
        session.getItems().setAll(detail.sessions());
        // today's session is the one at the door; else the one chosen before, else the first
        TrainingSession today = detail.sessions().stream().filter(s -> s.heldOn().equals(training.today()))
                .findFirst().orElse(null);
        session.setValue(today != null ? today : chosen != null && detail.sessions().stream()
                .anyMatch(s -> s.id().equals(chosen.id())) ? detail.sessions().stream()
                .filter(s -> s.id().equals(chosen.id())).findFirst().orElse(null)
                : detail.sessions().isEmpty() ? null : detail.sessions().get(0));
        reload();
    }

    private void reload() {
        if (event == null) {
            return;
        }
        long id = event.event().id();
        tasks.run(messages.get("training.ui.task.attendance"), progress -> training.attendance(id), read -> {
            if (event != null && event.event().id() == id) {
                record = read;
                table.getItems().setAll(read.people());
                table.refresh();
            }
        });
    }

    private void tick(Registration person, boolean attended) {
        TrainingSession chosen = session.getValue();
        if (chosen == null || record == null || record.attended(chosen.id(), person.id()) == attended) {
            return;
        }
        String title = messages.get("training.ui.attendance.tick");
        tasks.run(title, progress -> training.setAttended(chosen.id(), person.id(), attended), result -> {
            if (result instanceof SaveResult.Invalid<Boolean> invalid) {
                tasks.dialogs().error(tasks.window(), title, words.errors(invalid.validation().errors()));
            }
            reload();
        });
    }

    private void scanned() {
        TrainingSession chosen = session.getValue();
        String code = scan.getText();
        scan.clear();
        if (chosen == null) {
            refused(messages.get("training.ui.attendance.noSession"), "");
            return;
        }
        tasks.run(messages.get("training.ui.attendance.scan"), progress -> training.recordScan(chosen.id(), code),
                result -> {
                    if (result instanceof SaveResult.Saved<ScanResult> saved) {
                        Registration person = saved.value().registration();
                        panel.getStyleClass().removeAll("verdict-waiting", "verdict-ok", "verdict-warn",
                                "verdict-refused");
                        panel.getStyleClass().add(saved.value().alreadyRecorded() ? "verdict-warn" : "verdict-ok");
                        headline.setText(person.name());
                        details.setText(messages.get(saved.value().alreadyRecorded()
                                ? "training.ui.attendance.already" : "training.ui.attendance.recorded",
                                person.institution(), messages.label("training.role", person.role()),
                                sessionLine(chosen)));
                        reload();
                    } else if (result instanceof SaveResult.Invalid<ScanResult> invalid) {
                        refused(messages.get("training.ui.attendance.refused"),
                                words.errors(invalid.validation().errors()));
                    } else {
                        refused(messages.get("training.ui.attendance.refused"),
                                messages.get("training.ui.event.gone"));
                    }
                    Platform.runLater(scan::requestFocus);
                });
    }

    private void refused(String title, String why) {
        panel.getStyleClass().removeAll("verdict-waiting", "verdict-ok", "verdict-warn", "verdict-refused");
        panel.getStyleClass().add("verdict-refused");
        headline.setText(title);
        details.setText(why);
    }

    private void waiting() {
        panel.getStyleClass().removeAll("verdict-ok", "verdict-warn", "verdict-refused");
        if (!panel.getStyleClass().contains("verdict-waiting")) {
            panel.getStyleClass().add("verdict-waiting");
        }
        headline.setText(messages.get("training.ui.attendance.waiting"));
        details.setText(manage ? "" : messages.get("training.ui.attendance.notYours"));
    }
}
