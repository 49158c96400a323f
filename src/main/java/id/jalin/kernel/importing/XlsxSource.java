package id.jalin.kernel.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
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

/**
 * Reads the first sheet of an XLSX workbook into rows of text, so that the column parsers serve CSV and XLSX alike.
 * Typed cells become the text a user would type: a date cell its ISO date ({@code 2008-03-12}, which the date
 * parser accepts), a whole number without a decimal part ({@code 185000}, not {@code 185000.0}), a formula its
 * last computed value. Row numbers are the sheet's own, so a report points at the row the user sees.
 */
final class XlsxSource {
    private XlsxSource() {
    }

    /** Whether the bytes are a ZIP archive, the container of every XLSX workbook. */
    static boolean looksLikeWorkbook(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    /** @throws ImportRefusedException when the bytes are not a readable workbook */
    static List<SourceRow> read(byte[] bytes) throws ImportRefusedException {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            if (workbook.getNumberOfSheets() == 0) {
                return List.of();
            }
            Sheet sheet = workbook.getSheetAt(0);
            List<SourceRow> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    cells.add(text(row.getCell(c)));
                }
                rows.add(new SourceRow(row.getRowNum() + 1, cells));
            }
            return rows;
        } catch (IOException | RuntimeException notAWorkbook) {
            // POI reports a damaged or foreign archive with assorted runtime exceptions; all mean the same to the user.
            throw ImportRefusedException.because("import.error.workbook");
        }
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? dateText(cell.getLocalDateTimeCellValue())
                    : numberText(cell.getNumericCellValue());
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            default -> "";
        };
    }

    private static String dateText(LocalDateTime value) {
        return value.toLocalTime().equals(LocalTime.MIDNIGHT) ? value.toLocalDate().toString() : value.toString();
    }

    /** The shortest decimal that is the number, never in exponent form: 185000, 12.5, 0.1. */
    static String numberText(double value) {
        BigDecimal exact = new BigDecimal(Double.toString(value)).stripTrailingZeros();
        return exact.scale() < 0 ? exact.setScale(0).toPlainString() : exact.toPlainString();
    }
}
