package id.jalin.training.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.app.TestApp;
import id.jalin.kernel.i18n.Language;
import id.jalin.kernel.ui.Snapshots;
import id.jalin.kernel.validation.SaveResult;
import id.jalin.member.domain.ForumRole;
import id.jalin.member.domain.Libraries;
import id.jalin.member.domain.Member;
import id.jalin.member.domain.StaffMember;
import id.jalin.training.domain.Registration;
import id.jalin.training.domain.RegistrationStatus;
import id.jalin.training.domain.TrainingEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A training event in the real main window, from the new event to its certificates: the coordinator plans a one-day
 * workshop with one session and two seats, opens it, registers two of UNPAD's staff and a guest (who waits), cancels
 * the first (the guest moves up, and the screen says so), records attendance by a tick and by scanning the guest's
 * badge, marks the event held, prints the certificates in one PDF (read back: both names, one page each) and checks
 * one certificate's number in the check box.
 */
@ExtendWith(ApplicationExtension.class)
class TrainingFxTest {
    private static final String TITLE = "Lokakarya Katalogisasi RDA untuk Perpustakaan Perguruan Tinggi";
    private TestApp app;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = new TestApp();
        Member unpad = new Member(Libraries.library("UNPAD", "Perpustakaan Universitas Padjadjaran"), List.of(
                new StaffMember(null, 0, "Ani Suryani", "Pustakawan", "ani@unpad.ac.id", "", ForumRole.NONE),
                new StaffMember(null, 0, "Budi Hartono", "Pustakawan Madya", "budi@unpad.ac.id", "",
                        ForumRole.CONTACT_PERSON)));
        assertThat(app.context.members().save(unpad)).isInstanceOf(SaveResult.Saved.class);
        app.show(stage, Language.ENGLISH);
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void eventFromPlanToCertificates(FxRobot robot) throws Exception {
        app.open("training");
        click(robot, "#trNewEvent");
        waitUntil(() -> present(robot, "#trEventTitleId"));
        type(robot, "#trEventTitleId", TITLE);
        type(robot, "#trEventTitleEn", "RDA Cataloguing Workshop for University Libraries");
        type(robot, "#trEventVenue", "Ruang Seminar Perpustakaan UNPAD, Jatinangor");
        date(robot, "#trEventStarts", TestApp.TODAY);
        date(robot, "#trEventDeadline", TestApp.TODAY);
        type(robot, "#trEventCapacity", "2");
        type(robot, "#trEventFee", "150000");
        type(robot, "#trEventFeeCovers", "Lunch, coffee breaks, materials");
        Snapshots.save(windowOf(robot, "#trEvent").getScene(), "training-event-dialog");
        robot.clickOn("#trEventOk");
        waitUntil(() -> text(robot, "#trEventHeading").startsWith("RDA Cataloguing"));
        waitUntil(() -> text(robot, "#trField-fee").equals("Rp 150,000"));

        click(robot, "#trAddSession");
        waitUntil(() -> present(robot, "#trSessionTopic"));
        type(robot, "#trSessionStart", "9.00");
        type(robot, "#trSessionEnd", "1200");
        type(robot, "#trSessionTopic", "Resource Description and Access in practice");
        type(robot, "#trSessionSpeaker", "Dr. Sri Rahayu");
        robot.clickOn("#trSessionOk");
        TableView<?> sessions = robot.lookup("#trSessionTable").queryTableView();
        waitUntil(() -> sessions.getItems().size() == 1);
        click(robot, "#trMove-OPEN");
        waitUntil(() -> text(robot, "#trField-status").equals("Open for registration")
                || present(robot, "#trMove-FULL"));
        Snapshots.save(stage.getScene(), "training-events");

        // the calendar shows the session on its day
        click(robot, "#trViewCalendar");
        waitUntil(() -> calendarTexts(robot).stream().anyMatch(t -> t.startsWith("09:00 RDA Cataloguing")));
        Snapshots.save(stage.getScene(), "training-calendar");
        click(robot, "#trViewList");

        tab(robot, "trTabRegistrations");
        registerStaff(robot, "Ani Suryani");
        waitUntil(() -> text(robot, "#trRegNote").contains("Ani Suryani is registered"));
        registerStaff(robot, "Budi Hartono");
        waitUntil(() -> text(robot, "#trRegNote").contains("Budi Hartono is registered"));
        click(robot, "#trRegisterGuestButton");
        waitUntil(() -> present(robot, "#trRegisterName"));
        type(robot, "#trRegisterName", "Citra Lestari");
        type(robot, "#trRegisterInstitution", "Perpustakaan Politeknik Negeri Bandung");
        type(robot, "#trRegisterEmail", "citra@polban.ac.id");
        robot.clickOn("#trRegisterOk");
        waitUntil(() -> text(robot, "#trRegNote").equals("All seats are taken: Citra Lestari is on the waiting list."));
        TableView<Registration> registrations = robot.lookup("#trRegTable").queryTableView();
        waitUntil(() -> registrations.getItems().size() == 3);
        assertThat(cell(registrations, 2, 4)).isEqualTo("Waiting (no. 1)");
        Snapshots.save(stage.getScene(), "training-registrations");

        robot.interact(() -> registrations.getSelectionModel().select(0));
        click(robot, "#trCancelRegistration");
        confirm(robot);
        waitUntil(() -> text(robot, "#trRegNote").equals(
                "Ani Suryani\u2019s registration was cancelled. Moved up from the waiting list: Citra Lestari."));
        waitUntil(() -> "Registered".equals(cell(registrations, 2, 4)));
        waitUntil(() -> text(robot, "#trFeeSummary").startsWith("Fees of 2 participants: due "));
        assertThat(text(robot, "#trFeeSummary")).contains("Rp 300,000").contains("not settled 2");

        // a sign-up form's export: the good row waits (both seats are taken), the row without a name is set aside
        Path signUps = Files.createTempFile("pendaftaran", ".csv");
        Files.writeString(signUps, "Timestamp;Nama Lengkap;Email Address;Asal Instansi;Kode Anggota;Peran\n"
                + "01/11/2026 08:00;Dedi Kurniawan;dedi@unpar.ac.id;Perpustakaan UNPAR;;peserta\n"
                + "01/11/2026 08:05;;tanpa@nama.id;Perpustakaan Kota Bandung;;peserta\n");
        app.files.answer(signUps);
        click(robot, "#trImportRegistrations");
        waitUntil(() -> present(robot, "#trImportReport"));
        assertThat(text(robot, "#importSummary")).isEqualTo(
                "0 got a seat, 1 went on the waiting list, 1 row was not imported.");
        waitUntil(() -> registrations.getItems().size() == 4);
        assertThat(cell(registrations, 3, 4)).isEqualTo("Waiting (no. 1)");
        DialogPane report = robot.lookup("#trImportReport").queryAs(DialogPane.class);
        robot.interact(() -> report.getScene().getWindow().hide());
        Files.deleteIfExists(signUps);

        tab(robot, "trTabAttendance");
        TableView<Registration> present = robot.lookup("#trAttendanceTable").queryTableView();
        waitUntil(() -> present.getItems().size() == 2);
        int budi = rowOf(present, "Budi Hartono");
        CheckBox tick = robot.lookup("#trAttendanceTable .check-box").queryAll().stream()
                .map(CheckBox.class::cast).filter(box -> box.isVisible() && box.getParent() != null
                        && ((javafx.scene.control.TableCell<?, ?>) box.getParent()).getIndex() == budi)
                .findFirst().orElseThrow();
        robot.clickOn(tick);
        long eventId = eventId();
        waitUntil(() -> app.context.training().attendance(eventId).attendedBy(registration(eventId,
                "Budi Hartono").id()) == 1);
        String badge = registration(eventId, "Citra Lestari").badgeCode();
        type(robot, "#trScanField", badge);
        robot.interact(() -> ((javafx.scene.control.TextField) robot.lookup("#trScanField").query()).fireEvent(
                new javafx.event.ActionEvent()));
        waitUntil(() -> text(robot, "#trScanHeadline").equals("Citra Lestari"));
        assertThat(text(robot, "#trScanDetails")).startsWith("Attendance recorded");
        type(robot, "#trScanField", "NO-SUCH-CODE");
        robot.interact(() -> ((javafx.scene.control.TextField) robot.lookup("#trScanField").query()).fireEvent(
                new javafx.event.ActionEvent()));
        waitUntil(() -> text(robot, "#trScanHeadline").equals("Not recorded"));
        Snapshots.save(stage.getScene(), "training-attendance");
        Path sheet = Files.createDirectories(Path.of("target", "training-papers")).resolve("sheet-"
                + java.util.UUID.randomUUID() + ".pdf");
        app.files.answer(sheet);
        click(robot, "#trPrintSheet");
        waitUntil(() -> Files.exists(sheet) && present(robot, "#fileWrittenNotice"));
        try (PDDocument document = Loader.loadPDF(sheet.toFile())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Budi Hartono").contains("Citra Lestari")
                    .doesNotContain("Ani Suryani");
        }
        closeNotice(robot);

        tab(robot, "trTabEvents");
        Path ics = Files.createDirectories(Path.of("target", "training-papers")).resolve("calendar-"
                + java.util.UUID.randomUUID() + ".ics");
        app.files.answer(ics);
        click(robot, "#trExportIcs");
        waitUntil(() -> Files.exists(ics) && present(robot, "#fileWrittenNotice"));
        assertThat(Files.readString(ics)).contains("BEGIN:VEVENT").contains("Asia/Jakarta")
                .contains("DTSTART;TZID=Asia/Jakarta:" + TestApp.TODAY.toString().replace("-", "") + "T090000");
        closeNotice(robot);
        click(robot, "#trMove-HELD");
        waitUntil(() -> !present(robot, "#trMove-HELD") && !present(robot, "#trEditEvent"));
        tab(robot, "trTabCertificates");
        // kept under target/ so the certificates can be looked at after the run
        Path pdf = Files.createDirectories(Path.of("target", "training-papers")).resolve("certificates-"
                + java.util.UUID.randomUUID() + ".pdf");
        app.files.answer(pdf);
        click(robot, "#trPrintCertificates");
        waitUntil(() -> present(robot, "#trCertificateTarget"));
        Snapshots.save(windowOf(robot, "#trCertificateTarget").getScene(), "training-certificate-target");
        robot.clickOn("One PDF");
        waitUntil(() -> Files.exists(pdf) && present(robot, "#fileWrittenNotice"));
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            assertThat(text).contains("Budi Hartono").contains("Citra Lestari").doesNotContain("Ani Suryani");
        }
        closeNotice(robot);
        TableView<id.jalin.training.domain.Standing> standings = robot.lookup("#trStandingTable").queryTableView();
        waitUntil(() -> WaitForAsyncUtils.asyncFx(() -> standings.getItems().stream()
                .allMatch(id.jalin.training.domain.Standing::certified)).get());
        Snapshots.save(stage.getScene(), "training-certificates");

        String number = standings.getItems().get(0).certificateNumber();
        tab(robot, "trTabEvents");
        click(robot, "#trCheckCertificate");
        waitUntil(() -> present(robot, "#trCheckNumber"));
        type(robot, "#trCheckNumber", number.toLowerCase(java.util.Locale.ROOT));
        robot.clickOn("#trCheckButton");
        waitUntil(() -> text(robot, "#trCheckHeadline").equals("Genuine: given to Budi Hartono"));
        assertThat(text(robot, "#trCheckDetails")).contains(number)
                .contains("RDA Cataloguing Workshop for University Libraries").contains("Participant");
        type(robot, "#trCheckNumber", "9999/SERT/X/XII/2026");
        robot.clickOn("#trCheckButton");
        waitUntil(() -> text(robot, "#trCheckHeadline").equals("Not issued by Jalin"));
        Snapshots.save(windowOf(robot, "#trCheckDialog").getScene(), "training-check");
        DialogPane check = robot.lookup("#trCheckDialog").queryAs(DialogPane.class);
        robot.interact(() -> check.getScene().getWindow().hide());

        // the member's detail lists the events its staff attended
        app.open("members");
        TableView<?> members = robot.lookup("#memberTable").queryTableView();
        waitUntil(() -> !members.getItems().isEmpty());
        robot.interact(() -> members.getSelectionModel().select(0));
        TableView<?> attended = robot.lookup("#memberTraining").queryTableView();
        waitUntil(() -> attended.getItems().size() == 1);
        assertThat(cell(attended, 0, 2)).isEqualTo("Budi Hartono");
        assertThat(cell(attended, 0, 5)).isEqualTo(number);
        assertThat(app.unhandledFailures).isEmpty();
    }

    private void registerStaff(FxRobot robot, String name) throws Exception {
        click(robot, "#trRegisterStaffButton");
        waitUntil(() -> present(robot, "#trRegisterStaff"));
        ComboBox<id.jalin.training.domain.TrainingStaff> staff = robot.lookup("#trRegisterStaff").queryComboBox();
        waitUntil(() -> WaitForAsyncUtils.asyncFx(() -> staff.getItems().stream()
                .anyMatch(p -> p.name().equals(name))).get());
        robot.interact(() -> staff.setValue(staff.getItems().stream().filter(p -> p.name().equals(name))
                .findFirst().orElseThrow()));
        robot.clickOn("#trRegisterOk");
    }

    private long eventId() {
        return app.context.training().events(id.jalin.training.domain.EventFilter.all(),
                new id.jalin.kernel.paging.PageRequest<>(0, 10, id.jalin.training.domain.EventSort.STARTS,
                        id.jalin.kernel.paging.SortDirection.ASCENDING, "")).rows().get(0).event().id();
    }

    private Registration registration(long eventId, String name) {
        return app.context.training().registrations(eventId).stream().filter(r -> r.name().equals(name)
                && r.status() != RegistrationStatus.CANCELLED).findFirst().orElseThrow();
    }

    private static int rowOf(TableView<Registration> table, String name) {
        for (int i = 0; i < table.getItems().size(); i++) {
            if (table.getItems().get(i).name().equals(name)) {
                return i;
            }
        }
        throw new AssertionError(name + " is not in the table");
    }

    private static String cell(TableView<?> table, int row, int column) {
        if (table.getItems().size() <= row) {
            return null;
        }
        return String.valueOf(table.getColumns().get(column).getCellData(row));
    }

    private static List<String> calendarTexts(FxRobot robot) {
        return robot.lookup("#calendarDay-" + TestApp.TODAY + " .calendar-entry").queryAll().stream()
                .map(node -> ((Label) node).getText()).toList();
    }

    private void tab(FxRobot robot, String id) {
        TabPane tabs = robot.lookup("#trainingScreen").queryAs(TabPane.class);
        Tab tab = tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst().orElseThrow();
        robot.interact(() -> tabs.getSelectionModel().select(tab));
    }

    /** Presses the confirming button of the question shown (the one that is not Cancel). */
    private static void confirm(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup(".dialog-pane").queryAll().stream().anyMatch(Node::isVisible));
        DialogPane pane = robot.lookup(".dialog-pane").queryAllAs(DialogPane.class).stream()
                .filter(Node::isVisible).findFirst().orElseThrow();
        ButtonType yes = pane.getButtonTypes().stream().filter(type -> type.getButtonData()
                == ButtonBar.ButtonData.OK_DONE).findFirst().orElseThrow();
        robot.interact(() -> ((Button) pane.lookupButton(yes)).fire());
    }

    private static void closeNotice(FxRobot robot) {
        DialogPane pane = robot.lookup("#fileWrittenNotice").queryAs(DialogPane.class);
        robot.interact(() -> pane.getScene().getWindow().hide());
    }

    private static Window windowOf(FxRobot robot, String id) {
        return robot.lookup(id).query().getScene().getWindow();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
    }

    private static boolean present(FxRobot robot, String id) {
        return robot.lookup(id).tryQuery().filter(node -> node.getScene() != null && node.isVisible()).isPresent();
    }

    private static void type(FxRobot robot, String id, String text) {
        TextInputControl field = robot.lookup(id).query();
        robot.interact(() -> field.setText(text));
    }

    private static void date(FxRobot robot, String id, java.time.LocalDate value) {
        DatePicker picker = robot.lookup(id).query();
        robot.interact(() -> picker.setValue(value));
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).tryQuery().map(node -> ((Label) node).getText()).orElse("");
    }

    private static void click(FxRobot robot, String id) throws Exception {
        waitUntil(() -> present(robot, id) && !robot.lookup(id).query().isDisabled());
        // the detail's buttons are laid out again when the event is read back: the click goes to the one shown now
        WaitForAsyncUtils.waitForFxEvents();
        waitUntil(() -> present(robot, id) && !robot.lookup(id).query().isDisabled());
        robot.clickOn(id);
    }
}
