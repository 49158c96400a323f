package id.jalin.kernel.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.jalin.kernel.money.Money;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The workbook read back with POI: cell types, number formats, and formulas a user would write over it. */
class XlsxTableWriterTest {
    private static final String HYPERLINK = "=HYPERLINK(\"http://evil.example\",\"Klik\")";

    private static ExportTable dues() {
        return ExportTable.builder("Anggota")
                .column("Kode", ColumnKind.TEXT)
                .column("Iuran", ColumnKind.RUPIAH)
                .column("Bergabung", ColumnKind.DATE)
                .column("Jam", ColumnKind.TIME)
                .column("Tiba", ColumnKind.DATE_TIME)
                .column("Kartu", ColumnKind.INTEGER)
                .row("ITB", Money.of(1_500_000), LocalDate.of(2012, 3, 1), LocalTime.of(8, 30),
                        LocalDateTime.of(2026, 11, 24, 9, 15), 12)
                .row(HYPERLINK, Money.of(2_500_000), LocalDate.of(2019, 12, 31), LocalTime.of(13, 5),
                        LocalDateTime.of(2026, 11, 25, 14, 0), 3)
                .row("+62 22 2500089", Money.of(750_000), null, null, null, null)
                .build();
    }

    private static Workbook written(ExportTable table) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsxTableWriter().write(table, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void rupiahAreNumbersWithTheRupiahFormatAndSumByValue() throws IOException {
        try (Workbook workbook = written(dues())) {
            Sheet sheet = workbook.getSheetAt(0);
            Cell dues = sheet.getRow(1).getCell(1);
            assertThat(dues.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(dues.getNumericCellValue()).isEqualTo(1_500_000d);
            assertThat(dues.getCellStyle().getDataFormatString()).isEqualTo("\"Rp \"#,##0");

            Cell sum = sheet.createRow(10).createCell(1);
            sum.setCellFormula("SUM(B2:B4)");
            var evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            assertThat(evaluator.evaluate(sum).getNumberValue()).isEqualTo(4_750_000d);

            Cell largest = sheet.getRow(10).createCell(2);
            largest.setCellFormula("MAX(B2:B4)");
            assertThat(evaluator.evaluate(largest).getNumberValue()).isEqualTo(2_500_000d);
        }
    }

    @Test
    void datesAndTimesAreSpreadsheetDatesWithDateAndTimeFormats() throws IOException {
        try (Workbook workbook = written(dues())) {
            Row row = workbook.getSheetAt(0).getRow(1);
            Cell joined = row.getCell(2);
            assertThat(joined.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(joined)).isTrue();
            assertThat(joined.getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2012, 3, 1, 0, 0));
            assertThat(joined.getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");

            Cell time = row.getCell(3);
            assertThat(time.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(time.getNumericCellValue()).isEqualTo(8.5 / 24);
            assertThat(time.getCellStyle().getDataFormatString()).isEqualTo("hh:mm");

            Cell arrived = row.getCell(4);
            assertThat(DateUtil.isCellDateFormatted(arrived)).isTrue();
            assertThat(arrived.getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 11, 24, 9, 15));
            assertThat(arrived.getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy hh:mm");

            Cell cards = row.getCell(5);
            assertThat(cards.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(cards.getNumericCellValue()).isEqualTo(12d);
        }
    }

    @Test
    void textThatLooksLikeAFormulaStaysTextAndIsQuotePrefixed() throws IOException {
        try (Workbook workbook = written(dues())) {
            Sheet sheet = workbook.getSheetAt(0);
            Cell link = sheet.getRow(2).getCell(0);
            assertThat(link.getCellType()).isEqualTo(CellType.STRING);
            assertThat(link.getStringCellValue()).isEqualTo(HYPERLINK);
            assertThat(link.getCellStyle().getQuotePrefixed()).isTrue();
            Cell phone = sheet.getRow(3).getCell(0);
            assertThat(phone.getCellType()).isEqualTo(CellType.STRING);
            assertThat(phone.getCellStyle().getQuotePrefixed()).isTrue();
            Cell plain = sheet.getRow(1).getCell(0);
            assertThat(plain.getCellStyle().getQuotePrefixed()).isFalse();
        }
    }

    @Test
    void emptyValuesLeaveEmptyCellsAndTheHeadingRowIsFrozen() throws IOException {
        try (Workbook workbook = written(dues())) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(3).getCell(2)).isNull();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            List<String> headings = new ArrayList<>();
            sheet.getRow(0).forEach(cell -> headings.add(cell.getStringCellValue()));
            assertThat(headings).containsExactly("Kode", "Iuran", "Bergabung", "Jam", "Tiba", "Kartu");
        }
    }

    @Test
    void severalTablesBecomeSheetsInTheirOrderEachWithItsOwnTypes() throws IOException {
        ExportTable totals = ExportTable.builder("Per vendor")
                .column("Vendor", ColumnKind.TEXT)
                .column("Jumlah", ColumnKind.RUPIAH)
                .row("PT Buku Nusantara", Money.of(3_250_000))
                .build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsxTableWriter().write(List.of(dues(), totals), out);
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
            assertThat(workbook.getSheetName(0)).isEqualTo("Anggota");
            assertThat(workbook.getSheetName(1)).isEqualTo("Per vendor");
            Cell sum = workbook.getSheetAt(1).getRow(1).getCell(1);
            assertThat(sum.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sum.getNumericCellValue()).isEqualTo(3_250_000d);
            assertThat(sum.getCellStyle().getDataFormatString()).isEqualTo("\"Rp \"#,##0");
            assertThat(workbook.getSheetAt(1).getPaneInformation().getHorizontalSplitPosition())
                    .isEqualTo((short) 1);
            assertThat(DateUtil.isCellDateFormatted(workbook.getSheetAt(0).getRow(1).getCell(2))).isTrue();
        }
    }

    @Test
    void twoSheetsOfTheSameNameOrNoSheetAtAllAreRefused() {
        ExportTable first = ExportTable.builder("Ringkasan").column("A", ColumnKind.TEXT).build();
        ExportTable second = ExportTable.builder("ringkasan").column("B", ColumnKind.TEXT).build();
        XlsxTableWriter writer = new XlsxTableWriter();
        assertThatThrownBy(() -> writer.write(List.of(first, second), new ByteArrayOutputStream()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageFindingMatch("(?i)ringkasan");
        assertThatThrownBy(() -> writer.write(List.<ExportTable>of(), new ByteArrayOutputStream()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
