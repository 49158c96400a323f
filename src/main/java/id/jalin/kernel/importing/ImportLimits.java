package id.jalin.kernel.importing;

import id.jalin.kernel.validation.FieldError;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The bounds a hostile or broken file meets before it can cost the heap or the user's patience: a file larger than
 * {@link #MAX_FILE_BYTES} is refused before it is read whole, and a cell longer than {@link #MAX_CELL_CHARS} (what
 * one spreadsheet cell holds) sets its row aside and is cut short in the report, so that the refused rows can still
 * be saved as a workbook. A member or holder list of tens of thousands of rows is a few megabytes, far inside both.
 */
public final class ImportLimits {
    /** 64 MiB: a file this size already holds some hundred thousand rows of any Jalin list. */
    public static final int MAX_FILE_BYTES = 64 * 1024 * 1024;
    /** The most text one XLSX cell can hold (Excel and POI refuse more). */
    public static final int MAX_CELL_CHARS = 32_767;
    /** How much of a cell a reason quotes back: enough to recognise it, not the whole cell. */
    static final int QUOTED_CHARS = 80;

    private static final String ELLIPSIS = "\u2026";

    private ImportLimits() {
    }

    /** The whole stream, or a refusal when it is larger than the limit; never reads more than one byte past it. */
    static byte[] readBounded(InputStream in) throws IOException, ImportRefusedException {
        byte[] bytes = in.readNBytes(MAX_FILE_BYTES + 1);
        if (bytes.length > MAX_FILE_BYTES) {
            throw ImportRefusedException.because("import.error.tooLarge", MAX_FILE_BYTES / (1024 * 1024));
        }
        return bytes;
    }

    /** Reasons against the row's overlong cells, named by the file's headings; empty when none is too long. */
    static List<FieldError> overlongCells(List<String> cells, List<String> headings) {
        List<FieldError> reasons = new ArrayList<>();
        for (int c = 0; c < cells.size(); c++) {
            if (cells.get(c).length() > MAX_CELL_CHARS) {
                String heading = c < headings.size() ? headings.get(c) : String.valueOf(c + 1);
                reasons.add(FieldError.of("file", "import.error.cellTooLong", quoted(heading), MAX_CELL_CHARS));
            }
        }
        return reasons;
    }

    /** The text cut to {@code max} characters, the last one an ellipsis, when it is longer. */
    public static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + ELLIPSIS;
    }

    /** Every cell cut to what a spreadsheet cell holds. */
    static List<String> cutCells(List<String> cells) {
        return cells.stream().map(cell -> cut(cell, MAX_CELL_CHARS)).toList();
    }

    /** A cell as a reason quotes it. */
    static String quoted(String text) {
        return cut(text, QUOTED_CHARS);
    }
}
