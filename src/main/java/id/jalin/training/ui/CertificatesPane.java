package id.jalin.training.ui;

import id.jalin.kernel.ui.ScreenTasks;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.ui.EmptyListText;
import id.jalin.kernel.ui.Styles;
import id.jalin.kernel.ui.TextColumns;
import id.jalin.training.domain.EventDetail;
import id.jalin.training.domain.EventStatus;
import id.jalin.training.domain.Standing;
import id.jalin.training.domain.TrainingService;
import java.util.List;
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
 * The chosen event's certificates: everyone holding a place with the sessions they attended, whether that meets the
 * event's attendance rule, and their certificate number once issued; the batch printed from here.
 */
final class CertificatesPane {
    private final TrainingService training;
    private final ScreenTasks tasks;
    private final TrainingWords words;
    private final Messages messages;
    private final TrainingPrinting printing;
    private final TableView<Standing> table = new TableView<>();
    private final Label heading = new Label();
    private final Label rule = new Label();
    private final Button print = new Button();
    private final BorderPane root = new BorderPane();
    private EventDetail event;

    CertificatesPane(TrainingService training, ScreenTasks tasks, TrainingWords words, TrainingPrinting printing) {
        this.training = training;
        this.tasks = tasks;
        this.words = words;
        this.messages = words.messages();
        this.printing = printing;
        build();
    }

    Node root() {
        return root;
    }

    private void build() {
        heading.setId("trCertHeading");
        heading.getStyleClass().add(Styles.TITLE);
        heading.setWrapText(true);
        heading.setMinHeight(Region.USE_PREF_SIZE);
        rule.setId("trCertRule");
        rule.setWrapText(true);
        rule.setMinHeight(Region.USE_PREF_SIZE);
        print.setText(messages.get("training.ui.print.certificates"));
        print.setId("trPrintCertificates");
        print.setMinWidth(Region.USE_PREF_SIZE);
        print.setOnAction(e -> printing.certificates(event, this::reload));
        table.setId("trStandingTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        EmptyListText.on(table, messages.get("training.ui.attendance.empty"));
        TableColumn<Standing, String> name = TextColumns.of(messages.get("training.ui.registration.name"),
                s -> s.registration().name());
        name.setPrefWidth(200);
        TableColumn<Standing, String> institution = TextColumns.of(messages.get(
                "training.ui.registration.institution"), s -> s.registration().institution());
        institution.setPrefWidth(200);
        TableColumn<Standing, String> role = TextColumns.of(messages.get("training.ui.registration.role"),
                s -> messages.label("training.role", s.registration().role()));
        role.setPrefWidth(100);
        TableColumn<Standing, String> attended = TextColumns.of(messages.get("training.ui.attendance.attended"),
                s -> s.attended() + "/" + s.sessions());
        attended.setPrefWidth(100);
        attended.setMinWidth(100);
        TableColumn<Standing, String> meets = TextColumns.of(messages.get("training.ui.certificate.meets"),
                s -> messages.get(s.qualifies() ? "training.ui.certificate.yes" : "training.ui.certificate.no"));
        meets.setPrefWidth(130);
        meets.setMinWidth(120);
        TableColumn<Standing, String> number = TextColumns.of(messages.get("training.ui.certificate.number"),
                Standing::certificateNumber);
        number.setPrefWidth(250);
        number.setMinWidth(230);
        table.getColumns().setAll(List.of(name, institution, role, attended, meets, number));
        FlowPane bar = new FlowPane(8, 8, print);
        bar.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(8, heading, rule, bar);
        top.setPadding(new Insets(0, 0, 8, 0));
        root.setTop(top);
        root.setCenter(table);
        root.setPadding(new Insets(8));
        show(null);
    }

    void show(EventDetail detail) {
        event = detail;
        if (detail == null) {
            heading.setText(messages.get("training.ui.event.none"));
            rule.setText("");
            print.setVisible(false);
            table.getItems().clear();
            return;
        }
        heading.setText(words.title(detail.event()));
        rule.setText(messages.get("training.ui.certificate.rule", detail.event().attendancePercent(),
                detail.sessions().size()) + (detail.event().status() == EventStatus.HELD ? ""
                : " " + messages.get("training.ui.certificate.afterHeld")));
        print.setVisible(training.mayManage(detail.event()));
        print.setDisable(detail.event().status() != EventStatus.HELD);
        reload();
    }

    private void reload() {
        if (event == null) {
            return;
        }
        long id = event.event().id();
        tasks.run(messages.get("training.ui.task.standings"), progress -> training.standings(id), rows -> {
            if (event != null && event.event().id() == id) {
                table.getItems().setAll(rows);
            }
        });
    }
}
