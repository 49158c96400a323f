package id.jalin.acquisition.print;

import static id.jalin.acquisition.print.OrderListXlsxTest.assertNumber;
import static id.jalin.acquisition.print.OrderListXlsxTest.assertRupiah;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.jalin.kernel.i18n.Language;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.money.Money;
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

/** A round's summary as a workbook, read back with POI: spent against budget, per member, per format, typed. */
class RoundSummaryXlsxTest {

    static Workbook written(RoundSummary summary, Language language) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new RoundSummaryXlsx(new Messages(language)).write(summary, out);
        Papers.keep("summary-" + language.locale().getLanguage() + ".xlsx", out.toByteArray());
        return Papers.workbook(out.toByteArray());
    }

    @Test
    void theBudgetSheetHoldsTheDateAsADateAndTheMoneyAsRupiahAndTheShareAsAPercentage() throws IOException {
        try (Workbook workbook = written(Samples.summary(Money.of(300_000_000)), Language.INDONESIAN)) {
            assertThat(List.of(workbook.getSheetName(0), workbook.getSheetName(1), workbook.getSheetName(2)))
                    .containsExactly("Anggaran", "Per anggota", "Per format");
            Sheet budget = workbook.getSheetAt(0);
            assertThat(Papers.texts(budget.getRow(0))).containsExactly("Putaran pengadaan",
                    "Perpustakaan koordinator", "Tanggal", "Anggaran", "Terpakai", "Sisa anggaran",
                    "Terpakai dari anggaran");
            Row row = budget.getRow(1);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo(Samples.ROUND);
            Cell date = row.getCell(2);
            assertThat(DateUtil.isCellDateFormatted(date)).isTrue();
            assertThat(date.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 12, 2));
            assertRupiah(row.getCell(3), 300_000_000);
            assertRupiah(row.getCell(4), 271_047_500);
            assertRupiah(row.getCell(5), 28_952_500);
            Cell used = row.getCell(6);
            assertThat(used.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(used.getNumericCellValue()).isCloseTo(271_047_500d / 300_000_000d,
                    org.assertj.core.data.Offset.offset(1e-12));
            assertThat(used.getCellStyle().getDataFormatString()).isEqualTo("0.0%");
        }
    }

    @Test
    void perMemberTheAmountsAreRupiahTheCopiesNumbersAndAnOverrunANegativeCapLeft() throws IOException {
        try (Workbook workbook = written(Samples.summary(Money.of(300_000_000)), Language.INDONESIAN)) {
            Sheet members = workbook.getSheetAt(1);
            assertThat(Papers.texts(members.getRow(0))).containsExactly("Kode", "Anggota", "Eksemplar sendiri",
                    "Biaya eksemplar sendiri", "Bagian bahan bersama", "Jumlah", "Porsi", "Batas belanja",
                    "Sisa batas");
            Row itb = members.getRow(1);
            assertThat(itb.getCell(0).getStringCellValue()).isEqualTo("ITB");
            assertNumber(itb.getCell(2), 3);
            assertRupiah(itb.getCell(3), 1_820_000);
            assertRupiah(itb.getCell(4), 80_625_000);
            assertRupiah(itb.getCell(5), 82_445_000);
            assertThat(itb.getCell(6).getNumericCellValue()).isCloseTo(82_445_000d / 271_047_500d,
                    org.assertj.core.data.Offset.offset(1e-12));
            assertRupiah(itb.getCell(7), 100_000_000);
            assertRupiah(itb.getCell(8), 17_555_000);

            Row unpad = members.getRow(2);
            assertRupiah(unpad.getCell(8), -3_935_000);
            Row unpar = members.getRow(3);
            assertThat(unpar.getCell(7)).as("no cap").isNull();
            assertThat(unpar.getCell(8)).isNull();

            Row total = members.getRow(5);
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("Jumlah");
            assertNumber(total.getCell(2), 7);
            assertRupiah(total.getCell(3), 2_297_500);
            assertRupiah(total.getCell(4), 268_750_000);
            assertRupiah(total.getCell(5), 271_047_500);
            assertThat(total.getCell(6).getNumericCellValue()).isEqualTo(1.0);
        }
    }

    @Test
    void perFormatEachFormatIsNamedInTheLanguageAndTheSpentAddsUp() throws IOException {
        try (Workbook indonesian = written(Samples.summary(Money.of(300_000_000)), Language.INDONESIAN);
             Workbook english = written(Samples.summary(Money.of(300_000_000)), Language.ENGLISH)) {
            Sheet formats = indonesian.getSheetAt(2);
            assertThat(Papers.texts(formats.getRow(0))).containsExactly("Format", "Baris", "Eks.", "Terpakai", "Porsi");
            assertThat(formats.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Cetak");
            assertNumber(formats.getRow(1).getCell(1), 2);
            assertNumber(formats.getRow(1).getCell(2), 6);
            assertRupiah(formats.getRow(1).getCell(3), 847_500);
            assertThat(formats.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Pangkalan data");
            assertThat(formats.getRow(5).getCell(0).getStringCellValue()).isEqualTo("Jumlah");
            assertNumber(formats.getRow(5).getCell(1), 5);
            assertRupiah(formats.getRow(5).getCell(3), 271_047_500);

            assertThat(english.getSheetName(1)).isEqualTo("Per member");
            assertThat(english.getSheetAt(2).getRow(4).getCell(0).getStringCellValue())
                    .isEqualTo("Journal subscription");
            assertThat(Papers.texts(english.getSheetAt(0).getRow(0))).contains("Budget", "Spent", "Budget left");
        }
    }

    @Test
    void aRoundWithoutABudgetLeavesTheShareEmptyAndAnOverspentRoundANegativeRemainder() throws IOException {
        try (Workbook workbook = written(Samples.summary(Money.ZERO), Language.INDONESIAN)) {
            Row row = workbook.getSheetAt(0).getRow(1);
            assertRupiah(row.getCell(5), -271_047_500);
            assertThat(row.getCell(6)).as("no share of no budget").isNull();
        }
    }

    @Test
    void breakdownsThatDoNotAddUpToTheSameSumAreRefused() {
        RoundSummary summary = Samples.summary(Money.of(1));
        assertThatThrownBy(() -> new RoundSummary(summary.letterhead(), summary.date(), summary.roundName(),
                summary.coordinatingLibrary(), summary.budget(), summary.members(),
                summary.formats().subList(0, 2))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("differ");
    }
}
