package id.jalin.kernel.export;

import id.jalin.kernel.money.Money;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a table as an XLSX workbook with a bold, frozen heading row and typed cells: integers and Rupiah as
 * numbers (Rupiah with a "Rp" number format, so =SUM works and sorting goes by value), dates and times as
 * spreadsheet dates with a date or time format, text as text. Text that looks like a formula is stored
 * quote-prefixed, the way Excel stores a typed leading apostrophe, so it stays text even when a user edits
 * the cell. Streams rows, so large tables fit.
 */
public final class XlsxTableWriter {
    /** Whole rupiah, grouped by the reader's own locale: "Rp 1.500.000" in Indonesian Excel. */
    public static final String RUPIAH_FORMAT = "\"Rp \"#,##0";
    public static final String INTEGER_FORMAT = "0";
    public static final String DECIMAL_FORMAT = "0.0";
    public static final String PERCENT_FORMAT = "0.0%";
    public static final String DATE_FORMAT = "dd/mm/yyyy";
    public static final String TIME_FORMAT = "hh:mm";
    public static final String DATE_TIME_FORMAT = "dd/mm/yyyy hh:mm";

    private static final int MAX_COLUMN_WIDTH = 60 * 256;
    private static final double SECONDS_PER_DAY = 24 * 60 * 60;

    public void write(ExportTable table, OutputStream out) throws IOException {
        write(List.of(table), out);
    }

    /**
     * Writes one workbook with a sheet per table, in the order given: a document with parts of different shapes
     * (an order's lines, its totals per vendor, its letter details) keeps every column typed on its own sheet.
     *
     * @throws IllegalArgumentException when there is no table, or two sheet names are the same once cleaned
     */
    public void write(List<ExportTable> tables, OutputStream out) throws IOException {
        if (tables.isEmpty()) {
            throw new IllegalArgumentException("A workbook needs at least one sheet");
        }
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Styles styles = new Styles(workbook);
            Set<String> names = new HashSet<>();
            for (ExportTable table : tables) {
                String name = safeSheetName(table.sheetName());
                // spreadsheet programs compare sheet names without case
                if (!names.add(name.toLowerCase(Locale.ROOT))) {
                    throw new IllegalArgumentException("Two sheets would both be named " + name);
                }
                writeSheet(workbook.createSheet(name), table, styles);
            }
            workbook.write(out);
        }
    }

    private static void writeSheet(SXSSFSheet sheet, ExportTable table, Styles styles) {
        sheet.trackAllColumnsForAutoSizing();
        Row heading = sheet.createRow(0);
        List<Column> columns = table.columns();
        for (int c = 0; c < columns.size(); c++) {
            Cell cell = heading.createCell(c);
            String text = columns.get(c).heading();
            cell.setCellValue(text);
            // Headings can come from a user's file (refused rows keep the file's own); they stay text too.
            cell.setCellStyle(FormulaGuard.couldRun(text) ? styles.quotedHeading : styles.heading);
        }
        int r = 1;
        for (List<Object> values : table.rows()) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < values.size(); c++) {
                Object value = values.get(c);
                if (value != null) {
                    fill(row.createCell(c), columns.get(c).kind(), value, styles);
                }
            }
        }
        sheet.createFreezePane(0, 1);
        autoSize(sheet, columns.size());
    }

    private static void fill(Cell cell, ColumnKind kind, Object value, Styles styles) {
        switch (kind) {
            case TEXT -> {
                String text = (String) value;
                cell.setCellValue(text);
                if (FormulaGuard.couldRun(text)) {
                    cell.setCellStyle(styles.quotedText);
                }
            }
            case INTEGER -> cell.setCellValue(((Long) value).doubleValue());
            case DECIMAL, PERCENT -> cell.setCellValue((Double) value);
            // Whole rupiah below 2^53 are exact as a double; the spreadsheet's number type is a double anyway.
            case RUPIAH -> cell.setCellValue((double) ((Money) value).rupiah());
            case DATE -> cell.setCellValue((LocalDate) value);
            case TIME -> cell.setCellValue(((LocalTime) value).toSecondOfDay() / SECONDS_PER_DAY);
            case DATE_TIME -> cell.setCellValue((LocalDateTime) value);
        }
        if (kind != ColumnKind.TEXT) {
            cell.setCellStyle(styles.byKind.get(kind));
        }
    }

    /** The few cell styles a workbook needs, created once: a workbook holds at most 64,000 of them. */
    private static final class Styles {
        final CellStyle heading;
        final CellStyle quotedHeading;
        final CellStyle quotedText;
        final Map<ColumnKind, CellStyle> byKind = new EnumMap<>(ColumnKind.class);

        Styles(Workbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            heading = workbook.createCellStyle();
            heading.setFont(bold);
            quotedHeading = workbook.createCellStyle();
            quotedHeading.setFont(bold);
            quotedHeading.setQuotePrefixed(true);
            quotedText = workbook.createCellStyle();
            quotedText.setQuotePrefixed(true);
            byKind.put(ColumnKind.INTEGER, formatted(workbook, INTEGER_FORMAT));
            byKind.put(ColumnKind.DECIMAL, formatted(workbook, DECIMAL_FORMAT));
            byKind.put(ColumnKind.PERCENT, formatted(workbook, PERCENT_FORMAT));
            byKind.put(ColumnKind.RUPIAH, formatted(workbook, RUPIAH_FORMAT));
            byKind.put(ColumnKind.DATE, formatted(workbook, DATE_FORMAT));
            byKind.put(ColumnKind.TIME, formatted(workbook, TIME_FORMAT));
            byKind.put(ColumnKind.DATE_TIME, formatted(workbook, DATE_TIME_FORMAT));
        }

        private static CellStyle formatted(Workbook workbook, String format) {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat(format));
            return style;
        }
    }

    private static void autoSize(Sheet sheet, int columns) {
        for (int c = 0; c < columns; c++) {
            sheet.autoSizeColumn(c);
            if (sheet.getColumnWidth(c) > MAX_COLUMN_WIDTH) {
                sheet.setColumnWidth(c, MAX_COLUMN_WIDTH);
            }
        }
    }

    private static String safeSheetName(String name) {
        String cleaned = name.replaceAll("[\\\\/?*\\[\\]:]", " ").strip();
        if (cleaned.isEmpty()) {
            cleaned = "Sheet1";
        }
        return cleaned.length() > 31 ? cleaned.substring(0, 31) : cleaned;
    }
}
