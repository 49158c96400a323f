package id.jalin.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.app.TestApp;
import id.jalin.kernel.access.CurrentActor;
import id.jalin.kernel.access.TestActors;
import id.jalin.kernel.audit.AuditLogEntry;
import id.jalin.kernel.audit.AuditUser;
import id.jalin.kernel.audit.FieldChange;
import id.jalin.kernel.audit.JooqAuditTrail;
import id.jalin.kernel.i18n.Language;
import id.jalin.kernel.ui.Snapshots;
import id.jalin.kernel.validation.SaveResult;
import id.jalin.member.data.JooqMemberRepository;
import id.jalin.member.domain.Libraries;
import id.jalin.member.domain.Member;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The coordinator's audit trail screen: filtered by person, the detail of one change, and the export. */
@ExtendWith(ApplicationExtension.class)
class AuditTrailFxTest {
    private TestApp app;
    private Stage stage;

    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = new TestApp();
    }

    @AfterEach
    void close() {
        app.close();
    }

    /** The coordinator adds ITB through the app; the secretary adds UNPAD at another desk. */
    private void twoDesksThenShow(Language language) throws Exception {
        assertThat(app.context.members().save(Member.of(Libraries.library("ITB", "Perpustakaan Pusat ITB"))))
                .isInstanceOf(SaveResult.Saved.class);
        new JooqMemberRepository(app.database.dsl(),
                new JooqAuditTrail(CurrentActor.of(TestActors.SECRETARY), TestApp.CLOCK))
                .save(Member.of(Libraries.library("UNPAD", "Perpustakaan Universitas Padjadjaran")));
        WaitForAsyncUtils.asyncFx(() -> {
            app.show(stage, language);
            app.window.show("audit");
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
    }

    @Test
    void filteringByAPersonShowsOnlyTheirChangesAndTheDetailShowsOldAndNew(FxRobot robot) throws Exception {
        twoDesksThenShow(Language.INDONESIAN);
        TableView<AuditLogEntry> entries = robot.lookup("#auditEntries").queryTableView();
        // the first coordinator and the forum's name (both made when the test app starts), ITB and UNPAD
        waitUntil(() -> entries.getItems().size() == 4);

        robot.clickOn("#auditUser");
        robot.clickOn("Sari Sekretaris (sekretaris)");

        waitUntil(() -> entries.getItems().size() == 1);
        assertThat(entries.getItems()).allSatisfy(e -> assertThat(e.userLogin()).isEqualTo("sekretaris"));
        robot.clickOn("Perpustakaan Universitas Padjadjaran (UNPAD)");
        TableView<FieldChange> changes = robot.lookup("#auditChanges").queryTableView();
        waitUntil(() -> !changes.getItems().isEmpty());
        assertThat(changes.getItems()).contains(new FieldChange("code", null, "UNPAD"));
        assertThat(robot.lookup("#auditDetailHeading").queryAs(Label.class).getText())
                .contains("library #").contains("Sari Sekretaris");
        assertThat(robot.lookup("#auditPageRange").queryAs(Label.class).getText()).isEqualTo("1\u20131 dari 1");
        Snapshots.save(stage.getScene(), "audit-trail-by-user");
    }

    @Test
    void theExportHoldsTheFilteredRowsWithWhenAsADateCell(FxRobot robot) throws Exception {
        twoDesksThenShow(Language.ENGLISH);
        TableView<AuditLogEntry> entries = robot.lookup("#auditEntries").queryTableView();
        waitUntil(() -> entries.getItems().size() == 4);
        ComboBox<AuditUser> user = robot.lookup("#auditUser").queryComboBox();
        WaitForAsyncUtils.asyncFx(() -> user.setValue(user.getItems().stream()
                .filter(u -> u != null && u.login().equals("sekretaris")).findFirst().orElseThrow())).get();
        waitUntil(() -> entries.getItems().size() == 1);
        Path file = folder.resolve("audit.xlsx");
        app.files.answer(file);

        robot.clickOn("#auditExport");

        waitUntil(() -> Files.exists(file));
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("When");
            assertThat(sheet.getLastRowNum()).isGreaterThan(3);
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                Cell when = row.getCell(0);
                assertThat(when.getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(DateUtil.isCellDateFormatted(when)).isTrue();
                assertThat(when.getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.now(TestApp.CLOCK));
                assertThat(row.getCell(1).getStringCellValue()).isEqualTo("sekretaris");
                assertThat(row.getCell(3).getStringCellValue()).isEqualTo("Created");
                assertThat(row.getCell(6).getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(row.getCell(7).getStringCellValue()).isEqualTo("Perpustakaan Universitas Padjadjaran (UNPAD)");
            }
        }
        Snapshots.save(stage.getScene(), "audit-trail-en");
    }
}
