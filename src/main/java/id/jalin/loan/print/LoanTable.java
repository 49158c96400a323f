package id.jalin.loan.print;

import id.jalin.kernel.pdf.Alignment;
import id.jalin.kernel.pdf.DocumentComposer;
import id.jalin.kernel.pdf.DocumentResources;
import id.jalin.kernel.pdf.Slice;
import id.jalin.kernel.pdf.TableRowSlice;
import id.jalin.kernel.pdf.TextStyle;
import id.jalin.kernel.pdf.Units;
import java.util.ArrayList;
import java.util.List;

/**
 * A table of loans flowing over as many pages as it needs: headings in Indonesian over English, a row never split,
 * the heading row repeated at the top of every page the table runs onto and never left alone at a page's foot.
 */
final class LoanTable {
    private static final TextStyle HEADING = TextStyle.bold(7).withLeading(8.6f);
    private static final TextStyle HEADING_ENGLISH = TextStyle.oblique(7).withLeading(8.6f);
    /** Table text is set a little tighter than body text: a row is read across, not down. */
    static final TextStyle CELL = TextStyle.regular(8).withLeading(9.8f);
    /** A request number such as PAP-2026-000123 fits its column on one line at this size. */
    static final TextStyle CELL_NUMBER = TextStyle.regular(7).withLeading(9.8f);

    /** A column: the key of its heading, its width in millimetres, how its cells align and their style. */
    record Column(String headingKey, double widthMm, Alignment alignment, TextStyle style) {
    }

    private final Bilingual words;
    private final List<Column> columns;

    LoanTable(Bilingual words, List<Column> columns) {
        this.words = words;
        this.columns = List.copyOf(columns);
    }

    /** Adds the heading row and {@code rows} (one text a column) to the composer's flow. */
    void addTo(DocumentComposer composer, DocumentResources resources, List<List<String>> rows) {
        float[] widths = widths();
        List<Slice> slices = new ArrayList<>();
        for (List<String> row : rows) {
            slices.add(TableRowSlice.of(resources, cells(row), widths, false));
        }
        TableRowSlice.addTable(composer, TableRowSlice.of(resources, headingCells(), widths, true), slices);
    }

    private float[] widths() {
        float[] widths = new float[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = Units.mm(columns.get(i).widthMm());
        }
        return widths;
    }

    private List<TableRowSlice.Cell> headingCells() {
        List<TableRowSlice.Cell> cells = new ArrayList<>();
        for (Column column : columns) {
            String indonesian = words.indonesian.get(column.headingKey());
            String english = words.english.get(column.headingKey());
            List<TableRowSlice.Part> parts = indonesian.equals(english)
                    ? List.of(new TableRowSlice.Part(indonesian, HEADING))
                    : List.of(new TableRowSlice.Part(indonesian, HEADING),
                            new TableRowSlice.Part(english, HEADING_ENGLISH));
            cells.add(new TableRowSlice.Cell(parts, column.alignment()));
        }
        return cells;
    }

    private List<TableRowSlice.Cell> cells(List<String> row) {
        if (row.size() != columns.size()) {
            throw new IllegalArgumentException("A row needs " + columns.size() + " cells, not " + row.size());
        }
        List<TableRowSlice.Cell> cells = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            cells.add(TableRowSlice.Cell.of(row.get(c), column.style(), column.alignment()));
        }
        return cells;
    }
}
