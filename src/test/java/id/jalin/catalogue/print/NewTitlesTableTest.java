package id.jalin.catalogue.print;

import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.catalogue.domain.MatchRule;
import id.jalin.catalogue.domain.StoredRecord;
import id.jalin.kernel.export.XlsxTableWriter;
import id.jalin.kernel.i18n.Language;
import id.jalin.kernel.i18n.Messages;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The new titles as a workbook, read back with POI: numbers are numbers, the arrival a date. */
class NewTitlesTableTest {

    private static Workbook workbook(NewTitlesList list, Language language) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsxTableWriter().write(NewTitlesTable.of(list, new Messages(language)), out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    private static NewTitlesList two() {
        StoredRecord first = new StoredRecord(1, 3, 501, MatchRule.ISBN, NewTitlesSamples.record("b-17",
                "Tafs\u012Br al-Qur\u02BE\u0101n", "kajian tematik", List.of("Muh\u1E25ammad, \u1E24asan", "Sulistyo-Basuki"),
                "Edisi ke-2", "Rajawali Pers", "Depok", 2024, List.of("978-602-425-081-7", "602-425-081-2"),
                "297.1 MUH t", 3), LocalDateTime.of(2026, 10, 14, 9, 30));
        StoredRecord second = new StoredRecord(2, 3, 502, MatchRule.OWN, NewTitlesSamples.record("b-18",
                "Dasar-dasar metodologi", "", List.of(), "", "", "", null, List.of(), "", 1), null);
        return new NewTitlesList(NewTitlesSamples.letterhead(), NewTitlesSamples.MEMBER, NewTitlesSamples.FROM,
                NewTitlesSamples.TO, List.of(first, second));
    }

    @Test
    void headingsAreInTheChosenLanguage() throws IOException {
        try (Workbook indonesian = workbook(two(), Language.INDONESIAN); Workbook english = workbook(two(), Language.ENGLISH)) {
            assertThat(headings(indonesian.getSheetAt(0))).containsExactly("No.", "Judul", "Anak judul", "Edisi",
                    "Pengarang", "Penerbit", "Tempat terbit", "Tahun", "ISBN", "No. panggil", "Jenis bahan", "Eks.",
                    "Tanggal masuk");
            assertThat(indonesian.getSheetName(0)).isEqualTo("Judul baru");
            assertThat(headings(english.getSheetAt(0))).contains("Title", "Year", "Copies", "Arrived");
        }
    }

    @Test
    void textYearCopiesAndArrivalKeepTheirTypes() throws IOException {
        try (Workbook workbook = workbook(two(), Language.INDONESIAN)) {
            Row row = workbook.getSheetAt(0).getRow(1);
            assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(1d);
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo("Tafs\u012Br al-Qur\u02BE\u0101n");
            assertThat(row.getCell(2).getStringCellValue()).isEqualTo("kajian tematik");
            assertThat(row.getCell(4).getStringCellValue()).isEqualTo("Muh\u1E25ammad, \u1E24asan; Sulistyo-Basuki");
            Cell year = row.getCell(7);
            assertThat(year.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(year.getNumericCellValue()).isEqualTo(2024d);
            assertThat(row.getCell(8).getStringCellValue()).isEqualTo("9786024250817; 9786024250812");
            assertThat(row.getCell(10).getStringCellValue()).isEqualTo("Buku");
            Cell copies = row.getCell(11);
            assertThat(copies.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(copies.getNumericCellValue()).isEqualTo(3d);
            Cell arrived = row.getCell(12);
            assertThat(DateUtil.isCellDateFormatted(arrived)).isTrue();
            assertThat(arrived.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 10, 14));
        }
    }

    @Test
    void whatARecordDoesNotGiveStaysAnEmptyCell() throws IOException {
        try (Workbook workbook = workbook(two(), Language.INDONESIAN)) {
            Row row = workbook.getSheetAt(0).getRow(2);
            assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(2d);
            assertThat(blank(row.getCell(7))).as("no year").isTrue();
            assertThat(blank(row.getCell(12))).as("arrived with the first load").isTrue();
            assertThat(row.getCell(11).getNumericCellValue()).as("at least one copy").isEqualTo(1d);
        }
    }

    private static boolean blank(Cell cell) {
        return cell == null || cell.getCellType() == CellType.BLANK;
    }

    private static List<String> headings(Sheet sheet) {
        Row row = sheet.getRow(0);
        return java.util.stream.IntStream.range(0, row.getLastCellNum())
                .mapToObj(c -> row.getCell(c).getStringCellValue()).toList();
    }
}
