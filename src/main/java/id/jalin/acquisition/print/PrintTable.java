package id.jalin.acquisition.print;

import id.jalin.kernel.pdf.Alignment;
import id.jalin.kernel.pdf.Block;
import id.jalin.kernel.pdf.DocumentComposer;
import id.jalin.kernel.pdf.DocumentResources;
import id.jalin.kernel.pdf.Slice;
import id.jalin.kernel.pdf.TableRowSlice;
import id.jalin.kernel.pdf.TextStyle;
import id.jalin.kernel.pdf.Units;
import java.util.ArrayList;
import java.util.List;

/**
 * A table flowing over as many pages as it needs: a row never split, the heading row repeated on every page the
 * table runs onto, total rows under the last line with their label across the columns before the amount.
 */
final class PrintTable {
    /** A column: its heading (in the paper's language), its width in millimetres and how its cells align. */
    record Column(String heading, double widthMm, Alignment alignment) {
    }

    /** What {@link TableRowSlice} leaves on each side of a cell's text. */
    private static final float CELL_PADDING = 2f;
    /** A cell's text may shrink to this share of its size to keep a word whole. */
    private static final float MIN_SHRINK = 0.8f;
    private static final float SHRINK_STEP = 0.25f;
    /** Rounding in the heights must not push a row that fits exactly onto the next page. */
    private static final float FIT_TOLERANCE = 0.01f;

    private final DocumentResources resources;
    private final List<Column> columns;
    private final List<Slice> rows = new ArrayList<>();

    PrintTable(DocumentResources resources, List<Column> columns) {
        this.resources = resources;
        this.columns = List.copyOf(columns);
    }

    PrintTable row(List<TableRowSlice.Cell> cells) {
        if (cells.size() != columns.size()) {
            throw new IllegalArgumentException("A row needs " + columns.size() + " cells, not " + cells.size());
        }
        rows.add(fitted(cells, widths()));
        return this;
    }

    /**
     * The cell with each piece set a little smaller where one of its words is wider than the column, so a long
     * name ("Kusumawardhani") stays whole instead of being broken between two lines; a word too long even then
     * is broken as before.
     */
    private TableRowSlice.Cell wordsFitting(TableRowSlice.Cell cell, float width) {
        List<TableRowSlice.Part> parts = new ArrayList<>();
        for (TableRowSlice.Part part : cell.parts()) {
            TextStyle style = part.style();
            float smallest = style.size() * MIN_SHRINK;
            while (widestWord(part.text(), style) > width && style.size() - SHRINK_STEP >= smallest - 0.001f) {
                style = style.withSize(style.size() - SHRINK_STEP);
            }
            parts.add(new TableRowSlice.Part(part.text(), style));
        }
        return new TableRowSlice.Cell(parts, cell.alignment());
    }

    private float widestWord(String text, TextStyle style) {
        float widest = 0;
        for (String word : resources.fonts().printable(text, style.role()).split("\\s+")) {
            widest = Math.max(widest, resources.fonts().width(word, style));
        }
        return widest;
    }

    /**
     * A total under the lines: {@code label} right-aligned across every column but the last {@code amountColumns},
     * the amount in those; a long label wraps in its own cell rather than running into the amount.
     */
    PrintTable total(String label, String amount, int amountColumns, TextStyle style) {
        float[] all = widths();
        float amountWidth = 0;
        for (int c = all.length - amountColumns; c < all.length; c++) {
            amountWidth += all[c];
        }
        float labelWidth = sum(all, 0, all.length) - amountWidth;
        rows.add(fitted(List.of(TableRowSlice.Cell.of(label, style, Alignment.RIGHT),
                TableRowSlice.Cell.of(amount, style, Alignment.RIGHT)), new float[] {labelWidth, amountWidth}));
        return this;
    }

    /**
     * A total row whose {@code label} spans the first {@code labelColumns} columns, then one value a column, each
     * aligned as its column, so totals stand under the figures they add up.
     */
    PrintTable totals(String label, int labelColumns, List<String> values, TextStyle style) {
        if (labelColumns + values.size() != columns.size()) {
            throw new IllegalArgumentException("A total row needs " + (columns.size() - labelColumns) + " values");
        }
        float[] all = widths();
        float[] widths = new float[values.size() + 1];
        widths[0] = sum(all, 0, labelColumns);
        List<TableRowSlice.Cell> cells = new ArrayList<>();
        cells.add(TableRowSlice.Cell.of(label, style, Alignment.LEFT));
        for (int v = 0; v < values.size(); v++) {
            widths[v + 1] = all[labelColumns + v];
            cells.add(TableRowSlice.Cell.of(values.get(v), style, columns.get(labelColumns + v).alignment()));
        }
        rows.add(fitted(cells, widths));
        return this;
    }

    private TableRowSlice fitted(List<TableRowSlice.Cell> cells, float[] widths) {
        List<TableRowSlice.Cell> fitted = new ArrayList<>();
        for (int c = 0; c < cells.size(); c++) {
            fitted.add(wordsFitting(cells.get(c), widths[c] - 2 * CELL_PADDING));
        }
        return TableRowSlice.of(resources, fitted, widths, false);
    }

    private static float sum(float[] widths, int from, int to) {
        float sum = 0;
        for (int c = from; c < to; c++) {
            sum += widths[c];
        }
        return sum;
    }

    /** The height the heading row and the first row take: what must fit for the table to start on a page. */
    float openingHeight() {
        return heading().height() + (rows.isEmpty() ? 0 : rows.get(0).height());
    }

    /**
     * Adds {@code title} and the table, starting a new page first when the title and the table's first row would
     * not fit together on this one: a section's title never stands alone at a page's foot. On every page the table
     * runs onto, {@code continued} (the section's title marked as continued) stands above the repeated heading row,
     * so a reader of page 3 knows whose lines these are.
     */
    void addUnder(DocumentComposer composer, Block title, Block continued) {
        float width = composer.frame().content().width();
        TableRowSlice heading = heading();
        if (height(title, width) + openingHeight() > composer.remainingHeight()) {
            composer.newPage();
        }
        composer.add(title);
        for (int i = 0; i < rows.size(); i++) {
            Slice row = rows.get(i);
            if (i > 0 && row.height() > composer.remainingHeight() + FIT_TOLERANCE) {
                composer.newPage();
                composer.add(continued);
                composer.add(only(heading));
            } else if (i == 0) {
                composer.add(only(heading));
            }
            composer.add(only(row));
        }
    }

    private float height(Block block, float width) {
        return (float) block.slices(resources, width).stream().mapToDouble(Slice::height).sum();
    }

    private static Block only(Slice slice) {
        return (r, w) -> List.of(slice);
    }

    private TableRowSlice heading() {
        List<TableRowSlice.Cell> cells = new ArrayList<>();
        for (Column column : columns) {
            cells.add(TableRowSlice.Cell.of(column.heading(), Paper.TABLE_HEADING, column.alignment()));
        }
        return TableRowSlice.of(resources, cells, widths(), true);
    }

    private float[] widths() {
        float[] widths = new float[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = Units.mm(columns.get(i).widthMm());
        }
        return widths;
    }
}
