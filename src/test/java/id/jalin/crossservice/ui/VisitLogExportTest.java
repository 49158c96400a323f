package id.jalin.crossservice.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.crossservice.data.JooqCrossServiceRepository;
import id.jalin.crossservice.domain.Arrival;
import id.jalin.crossservice.domain.CrossServices;
import id.jalin.crossservice.domain.DemoCrossService;
import id.jalin.crossservice.domain.TestClock;
import id.jalin.kernel.access.TestPermissions;
import id.jalin.kernel.db.Database;
import id.jalin.kernel.db.TestDatabases;
import id.jalin.kernel.export.Column;
import id.jalin.kernel.export.ColumnKind;
import id.jalin.kernel.export.ExportTable;
import id.jalin.kernel.export.XlsxTableWriter;
import id.jalin.kernel.i18n.Language;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.task.CurrentThreadTaskExecutor;
import id.jalin.kernel.task.Progress;
import id.jalin.member.data.JooqMemberRepository;
import id.jalin.member.domain.DemoForum;
import id.jalin.member.domain.MemberService;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The visit log export keeps each arrival as a date and time a spreadsheet can sort and filter by. */
class VisitLogExportTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 16);

    @Test
    void arrivalTimesAreDateTimeCells() throws IOException {
        try (Database database = TestDatabases.h2()) {
            MemberService members = new MemberService(new JooqMemberRepository(database.dsl(), id.jalin.kernel.audit.TestAudit.TRAIL), TestPermissions.AS_COORDINATOR);
            CrossServices services = CrossServices.over(new JooqCrossServiceRepository(database.dsl(), id.jalin.kernel.audit.TestAudit.TRAIL), members,
                    TestClock.on(TODAY), TestPermissions.AS_COORDINATOR);
            DemoForum.loadInto(members, Progress.NONE);
            DemoCrossService.loadInto(members, services.holders(), services.cards(), services.visits(), Progress.NONE);
            VisitReportsViewModel model = new VisitReportsViewModel(services, new CurrentThreadTaskExecutor(),
                    new Messages(Language.ENGLISH));
            model.reload();
            List<LocalDateTime> logged = services.visits().arrivals(model.from.get(), model.to.get()).stream()
                    .map(Arrival::arrivedAt).toList();

            ExportTable table = model.logTable(model.logFilter(), "");

            assertThat(logged).isNotEmpty();
            assertThat(table.columns()).extracting(Column::kind).containsExactly(ColumnKind.DATE_TIME,
                    ColumnKind.TEXT, ColumnKind.TEXT, ColumnKind.TEXT, ColumnKind.TEXT);
            assertThat(table.rows()).extracting(row -> row.get(0)).containsExactlyInAnyOrderElementsOf(logged);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new XlsxTableWriter().write(table, out);
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
                Sheet sheet = workbook.getSheetAt(0);
                for (int r = 0; r < logged.size(); r++) {
                    Cell arrived = sheet.getRow(r + 1).getCell(0);
                    assertThat(DateUtil.isCellDateFormatted(arrived)).isTrue();
                    assertThat(arrived.getLocalDateTimeCellValue()).isEqualTo(table.rows().get(r).get(0));
                }
            }
        }
    }
}
