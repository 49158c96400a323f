package id.jalin.acquisition.print;

import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.kernel.i18n.Language;
import id.jalin.kernel.i18n.Messages;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;

/** The order list as a workbook, read back with POI: copies are numbers, prices Rupiah numbers, the date a date. */
class OrderListXlsxTest {
    private static final String RUPIAH = "\"Rp \"#,##0";

    static Workbook written(OrderList list, Language language) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new OrderListXlsx(new Messages(language)).write(list, out);
        Papers.keep("order-list-" + language.locale().getLanguage() + ".xlsx", out.toByteArray());
        return Papers.workbook(out.toByteArray());
    }

    @Test
    void theSheetsAreTheLinesTheVendorsTheMembersAndTheDetailsInTheChosenLanguage() throws IOException {
        try (Workbook indonesian = written(Samples.orderList(), Language.INDONESIAN);
             Workbook english = written(Samples.orderList(), Language.ENGLISH)) {
            assertThat(List.of(indonesian.getSheetName(0), indonesian.getSheetName(1), indonesian.getSheetName(2),
                    indonesian.getSheetName(3)))
                    .containsExactly("Daftar pesanan", "Per penyedia", "Anggota peserta", "Keterangan");
            assertThat(Papers.texts(indonesian.getSheetAt(0).getRow(0))).containsExactly("Penyedia", "No.", "ISBN",
                    "Judul", "Pengarang", "Format", "Untuk", "Eks. ITB", "Eks. UNPAD", "Eks. UNPAR", "Eks. UINSGD",
                    "Eks.", "Harga satuan", "Jumlah");
            assertThat(english.getSheetName(0)).isEqualTo("Order list");
            assertThat(Papers.texts(english.getSheetAt(0).getRow(0))).contains("Vendor", "Title", "Copies ITB",
                    "Copies", "Unit price", "Amount");
        }
    }

    @Test
    void aLineForTwoMembersHasTheirCopiesAsNumbersAndItsPricesAsRupiah() throws IOException {
        try (Workbook workbook = written(Samples.orderList(), Language.INDONESIAN)) {
            Sheet lines = workbook.getSheetAt(0);
            assertThat(lines.getLastRowNum()).as("five lines under the heading").isEqualTo(5);
            Row first = lines.getRow(1);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("PT Gramedia Asri Media");
            assertThat(first.getCell(2).getCellType()).as("an ISBN is text, not a number").isEqualTo(CellType.STRING);
            assertThat(first.getCell(2).getStringCellValue()).isEqualTo("9786024250817");
            assertThat(first.getCell(6).getStringCellValue()).isEqualTo("ITB 2, UNPAD 1");
            assertNumber(first.getCell(Papers.column(lines, "Eks. ITB")), 2);
            assertNumber(first.getCell(Papers.column(lines, "Eks. UNPAD")), 1);
            assertThat(first.getCell(Papers.column(lines, "Eks. UNPAR"))).as("asked for nothing").isNull();
            assertNumber(first.getCell(Papers.column(lines, "Eks.")), 3);
            assertRupiah(first.getCell(Papers.column(lines, "Harga satuan")), 185_000);
            assertRupiah(first.getCell(Papers.column(lines, "Jumlah")), 555_000);

            Row database = lines.getRow(4);
            assertThat(database.getCell(0).getStringCellValue()).isEqualTo("CV Pustaka Digital Nusantara");
            assertNumber(database.getCell(1), 1);
            assertThat(database.getCell(2)).as("a database has no ISBN").isNull();
            assertThat(database.getCell(5).getStringCellValue()).isEqualTo("Pangkalan data");
            assertThat(database.getCell(6).getStringCellValue()).isEqualTo("Semua anggota");
            assertRupiah(database.getCell(Papers.column(lines, "Jumlah")), 250_000_000);
        }
    }

    @Test
    void theVendorTotalsAddUpAndTheDetailsCarryTheNumberAndTheDateAsADate() throws IOException {
        try (Workbook workbook = written(Samples.orderList(), Language.INDONESIAN)) {
            Sheet vendors = workbook.getSheetAt(1);
            assertThat(vendors.getRow(1).getCell(0).getStringCellValue()).isEqualTo("PT Gramedia Asri Media");
            assertNumber(vendors.getRow(1).getCell(1), 3);
            assertNumber(vendors.getRow(1).getCell(2), 7);
            assertRupiah(vendors.getRow(1).getCell(3), 2_297_500);
            assertRupiah(vendors.getRow(2).getCell(3), 268_750_000);
            assertThat(vendors.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Jumlah seluruhnya");
            assertRupiah(vendors.getRow(3).getCell(3), 271_047_500);

            Sheet members = workbook.getSheetAt(2);
            assertThat(Papers.texts(members.getRow(1)).subList(0, 2))
                    .containsExactly("ITB", "Perpustakaan Pusat Institut Teknologi Bandung");
            assertNumber(members.getRow(1).getCell(2), 3);
            assertNumber(members.getRow(4).getCell(2), 0);

            Row details = workbook.getSheetAt(3).getRow(1);
            assertThat(details.getCell(0).getStringCellValue()).isEqualTo("004/PGD/FPPTI-JABAR/XII/2026");
            Cell date = details.getCell(1);
            assertThat(DateUtil.isCellDateFormatted(date)).isTrue();
            assertThat(date.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 12, 2));
            assertThat(details.getCell(2).getStringCellValue()).isEqualTo(Samples.ROUND);
            assertRupiah(details.getCell(4), 271_047_500);
        }
    }

    @Test
    void aTitleOrVendorThatLooksLikeAFormulaStaysTextAndNoCellIsAFormula() throws IOException {
        String hostile = "=HYPERLINK(\"http://evil.example\",\"Klik\")";
        VendorOrder vendor = new VendorOrder("+62 22 2500089 Toko Buku", List.of(Samples.book("", hostile,
                "@admin", 10_000, Samples.copies("ITB", 1))));
        try (Workbook workbook = written(Samples.orderList(List.of(vendor)), Language.INDONESIAN)) {
            Row row = workbook.getSheetAt(0).getRow(1);
            assertThat(row.getCell(3).getStringCellValue()).isEqualTo(hostile);
            assertThat(row.getCell(3).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(row.getCell(0).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(row.getCell(4).getCellStyle().getQuotePrefixed()).isTrue();
            for (Sheet sheet : workbook) {
                for (Row r : sheet) {
                    for (Cell cell : r) {
                        assertThat(cell.getCellType()).as(sheet.getSheetName() + " " + cell.getAddress())
                                .isNotEqualTo(CellType.FORMULA);
                    }
                }
            }
        }
    }

    @Test
    void englishWorkbooksKeepTheSameNumbers() throws IOException {
        try (Workbook workbook = written(Samples.orderList(), Language.ENGLISH)) {
            Sheet lines = workbook.getSheetAt(0);
            assertThat(lines.getRow(1).getCell(6).getStringCellValue()).isEqualTo("ITB 2, UNPAD 1");
            assertThat(lines.getRow(4).getCell(6).getStringCellValue()).isEqualTo("All members");
            assertRupiah(lines.getRow(1).getCell(Papers.column(lines, "Amount")), 555_000);
            assertThat(workbook.getSheetAt(1).getRow(3).getCell(0).getStringCellValue()).isEqualTo("Grand total");
        }
    }

    static void assertNumber(Cell cell, long expected) {
        assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(cell.getNumericCellValue()).isEqualTo((double) expected);
    }

    static void assertRupiah(Cell cell, long rupiah) {
        assertNumber(cell, rupiah);
        assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo(RUPIAH);
    }
}
