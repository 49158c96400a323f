package id.jalin.acquisition.print;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads the acquisition papers back as a reader would: the PDF's text and page size, the workbook's cells. */
final class Papers {
    /** Where the tests leave their PDFs and workbooks, to be looked at by eye. */
    static final Path SAMPLES = Path.of("target", "pdf-samples", "acquisition");

    private Papers() {
    }

    static PDDocument open(byte[] pdf) throws IOException {
        return Loader.loadPDF(pdf);
    }

    /** The text of one page (from 1) with runs of white space as single spaces. */
    static String text(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document).replaceAll("\\s+", " ");
    }

    static String text(PDDocument document) throws IOException {
        return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }

    /** Every page is A4 portrait, 210 x 297 mm to the point. */
    static boolean allA4Portrait(PDDocument document) {
        for (var page : document.getPages()) {
            PDRectangle box = page.getMediaBox();
            if (Math.abs(box.getWidth() - PDRectangle.A4.getWidth()) > 0.5
                    || Math.abs(box.getHeight() - PDRectangle.A4.getHeight()) > 0.5) {
                return false;
            }
        }
        return true;
    }

    static Workbook workbook(byte[] xlsx) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    }

    /** The text of every cell of a row, numbers as POI shows them, for finding a row or a heading. */
    static java.util.List<String> texts(Row row) {
        java.util.List<String> texts = new java.util.ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            Cell cell = row.getCell(c);
            texts.add(cell == null ? "" : cell.getCellType() == CellType.STRING ? cell.getStringCellValue()
                    : cell.toString());
        }
        return texts;
    }

    /** The index of the column headed {@code heading} on the sheet's first row. */
    static int column(Sheet sheet, String heading) {
        int index = texts(sheet.getRow(0)).indexOf(heading);
        if (index < 0) {
            throw new AssertionError("No column " + heading + " in " + texts(sheet.getRow(0)));
        }
        return index;
    }

    static void keep(String name, byte[] bytes) throws IOException {
        Files.createDirectories(SAMPLES);
        Files.write(SAMPLES.resolve(name), bytes);
    }
}
