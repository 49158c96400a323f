package id.jalin.kernel.export;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** Writes a table as an XLSX workbook with a bold, frozen heading row. Streams rows, so large tables fit. */
public final class XlsxTableWriter {
    private static final int MAX_COLUMN_WIDTH = 60 * 256;

    public void write(TableData table, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            SXSSFSheet sheet = workbook.createSheet(safeSheetName(table.sheetName()));
            sheet.trackAllColumnsForAutoSizing();
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle headingStyle = workbook.createCellStyle();
            headingStyle.setFont(bold);

            Row heading = sheet.createRow(0);
            for (int c = 0; c < table.headings().size(); c++) {
                var cell = heading.createCell(c);
                cell.setCellValue(table.headings().get(c));
                cell.setCellStyle(headingStyle);
            }
            int r = 1;
            for (var values : table.rows()) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < values.size(); c++) {
                    row.createCell(c).setCellValue(values.get(c));
                }
            }
            sheet.createFreezePane(0, 1);
            autoSize(sheet, table.headings().size());
            workbook.write(out);
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
