package id.jalin.exchange.print;

import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.exchange.domain.ExchangeLedger;
import id.jalin.exchange.domain.ExchangeMember;
import id.jalin.exchange.domain.ExchangePeriod;
import id.jalin.exchange.domain.PartnershipStanding;
import id.jalin.exchange.domain.PeriodBalance;
import id.jalin.exchange.domain.PeriodKind;
import id.jalin.kernel.i18n.Language;
import id.jalin.kernel.i18n.Messages;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The overview as a workbook, read back with POI: units are numbers, the exact amount text beside its number. */
class ExchangeOverviewXlsxTest {
    @Test
    void eachPartnershipIsARowWithTypedCellsAndTheBalanceInWords() throws IOException {
        YearStatement sample = StatementSamples.statement();
        PeriodBalance year = sample.year();
        PartnershipStanding standing = new PartnershipStanding(sample.partnership(), year,
                year.closing().owing(sample.partnership()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Map<Long, ExchangeMember> members = Map.of(1L, StatementSamples.UNPAD, 2L, StatementSamples.ITB);
        new ExchangeOverviewXlsx(new Messages(Language.ENGLISH)).write(List.of(standing), members, out);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(workbook.getSheetName(0)).isEqualTo("Publication exchange");
            Row heading = sheet.getRow(0);
            assertThat(heading.getCell(0).getStringCellValue()).isEqualTo("First member");
            Row row = sheet.getRow(1);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("UNPAD");
            assertThat(row.getCell(4).getStringCellValue()).isEqualTo("3:1");
            assertThat(row.getCell(6).getStringCellValue()).isEqualTo("2026");
            assertThat(row.getCell(7).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(row.getCell(7).getNumericCellValue()).isEqualTo(7);
            assertThat(row.getCell(8).getNumericCellValue()).isEqualTo(2);
            assertThat(row.getCell(9).getStringCellValue()).isEqualTo("ITB");
            assertThat(row.getCell(10).getStringCellValue()).isEqualTo("1 1/3");
            assertThat(row.getCell(11).getNumericCellValue()).isCloseTo(4.0 / 3, org.assertj.core.data.Offset
                    .offset(1e-9));
            assertThat(row.getCell(13).getStringCellValue()).isEqualTo("ITB still owes UNPAD 1 1/3 issues.");
        }
    }

    @Test
    void theBalanceReadsFromTheReadersSide() {
        var partnership = StatementSamples.THREE_FOR_ONE;
        PeriodBalance year = ExchangeLedger.years(partnership, StatementSamples.entries(), List.of(),
                new ExchangePeriod(PeriodKind.CALENDAR_YEAR, 2026)).get(1);
        BalanceWords indonesian = new BalanceWords(new Messages(Language.INDONESIAN),
                id -> id == 1 ? "UNPAD" : "ITB");
        BalanceWords english = new BalanceWords(new Messages(Language.ENGLISH), id -> id == 1 ? "UNPAD" : "ITB");
        // 2026 alone (2025 not closed, nothing carried): 7 issues at 3:1 against 2 leaves ITB owing a third
        assertThat(indonesian.of(partnership, year.closing()))
                .isEqualTo("ITB masih berutang 1/3 nomor terbitan kepada UNPAD.");
        assertThat(indonesian.of(partnership, year.closing(), java.util.Optional.of(1L)))
                .isEqualTo("ITB masih berutang 1/3 nomor terbitan kepada kita.");
        assertThat(english.of(partnership, year.closing(), java.util.Optional.of(2L)))
                .isEqualTo("We still owe UNPAD 1/3 issue.");
        assertThat(english.of(partnership, year.opening(), java.util.Optional.of(2L)))
                .isEqualTo("Even: neither side owes anything.");
        assertThat(english.of(partnership, year.opening())).isEqualTo("UNPAD and ITB are even: neither owes anything.");
    }
}
