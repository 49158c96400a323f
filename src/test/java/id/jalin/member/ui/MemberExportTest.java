package id.jalin.member.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.kernel.access.TestPermissions;
import id.jalin.kernel.export.ColumnKind;
import id.jalin.kernel.export.Column;
import id.jalin.kernel.export.ExportTable;
import id.jalin.kernel.export.XlsxTableWriter;
import id.jalin.kernel.i18n.Language;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.money.Money;
import id.jalin.kernel.task.CurrentThreadTaskExecutor;
import id.jalin.member.domain.InMemoryMemberRepository;
import id.jalin.member.domain.Library;
import id.jalin.member.domain.LibraryKind;
import id.jalin.member.domain.Member;
import id.jalin.member.domain.MemberService;
import id.jalin.member.domain.MemberStatus;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The register exported as the user sees it, read back with POI as a spreadsheet program would. */
class MemberExportTest {
    private static final String HYPERLINK = "=HYPERLINK(\"http://evil.example\",\"Klik\")";

    private final MemberService service = new MemberService(new InMemoryMemberRepository(), TestPermissions.AS_COORDINATOR);
    private final MemberListViewModel model = new MemberListViewModel(service, new CurrentThreadTaskExecutor(),
            new Messages(Language.INDONESIAN));

    private void store(String code, String name, long dues, LocalDate joined) {
        service.save(Member.of(new Library(null, 0, code, name, "", LibraryKind.UNIVERSITY, "", "Bandung", "",
                "+62 22 2500089", "", "", joined, MemberStatus.ACTIVE, "A", Money.of(dues), null, "")));
    }

    private ExportTable exported() {
        store("ITB", "Perpustakaan Pusat ITB", 1_500_000, LocalDate.of(2012, 3, 1));
        store("UNPAD", "Perpustakaan Universitas Padjadjaran", 2_500_000, LocalDate.of(2010, 1, 15));
        store("EVIL", HYPERLINK, 750_000, null);
        model.reload();
        return model.tableAsShown();
    }

    @Test
    void duesAreRupiahAndTheJoinDateIsADate() {
        ExportTable table = exported();

        assertThat(table.columns()).extracting(Column::kind).containsExactly(ColumnKind.TEXT, ColumnKind.TEXT,
                ColumnKind.TEXT, ColumnKind.TEXT, ColumnKind.TEXT, ColumnKind.RUPIAH, ColumnKind.DATE, ColumnKind.TEXT,
                ColumnKind.TEXT);
        assertThat(table.headings().get(5)).isEqualTo(new Messages(Language.INDONESIAN).get("member.field.yearlyDues"));
        assertThat(table.rows()).hasSize(3);
    }

    @Test
    void workbookDuesSumAndTheFormulaLikeNameStaysText() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsxTableWriter().write(exported(), out);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            Cell sum = sheet.createRow(10).createCell(5);
            sum.setCellFormula("SUM(F2:F4)");
            assertThat(workbook.getCreationHelper().createFormulaEvaluator().evaluate(sum).getNumberValue())
                    .isEqualTo(4_750_000d);
            java.util.List<String> names = new java.util.ArrayList<>();
            for (int r = 1; r <= 3; r++) {
                Cell dues = sheet.getRow(r).getCell(5);
                assertThat(dues.getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(dues.getCellStyle().getDataFormatString()).isEqualTo(XlsxTableWriter.RUPIAH_FORMAT);
                Cell name = sheet.getRow(r).getCell(1);
                assertThat(name.getCellType()).isEqualTo(CellType.STRING);
                names.add(name.getStringCellValue());
                if (name.getStringCellValue().equals(HYPERLINK)) {
                    assertThat(name.getCellStyle().getQuotePrefixed()).isTrue();
                    assertThat(sheet.getRow(r).getCell(6)).isNull();
                }
                if (name.getStringCellValue().equals("Perpustakaan Pusat ITB")) {
                    assertThat(DateUtil.isCellDateFormatted(sheet.getRow(r).getCell(6))).isTrue();
                    assertThat(sheet.getRow(r).getCell(6).getLocalDateTimeCellValue())
                            .isEqualTo(LocalDateTime.of(2012, 3, 1, 0, 0));
                }
            }
            assertThat(names).containsExactlyInAnyOrder(HYPERLINK, "Perpustakaan Pusat ITB",
                    "Perpustakaan Universitas Padjadjaran");
            assertThat(sheet.getRow(1).getCell(8).getCellStyle().getQuotePrefixed()).isTrue();
        }
    }
}
