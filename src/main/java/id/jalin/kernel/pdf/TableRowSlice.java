package id.jalin.kernel.pdf;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * One row of a printed table as a single slice, so a page never breaks inside it: each cell's text wrapped to its
 * column, the row as tall as its tallest cell, a hairline under it; the heading row is shaded between two rules.
 */
public record TableRowSlice(List<List<Line>> cells, List<Alignment> alignments, float[] widths, float height,
                     boolean heading) implements Slice {
    static final float PADDING_X = 2f;
    static final float PADDING_Y = 2f;
    /** A cell never grows past this many lines, so no row is taller than a page; the last line then ends in "...". */
    public static final int MAX_LINES = 30;
    private static final String ELLIPSIS = "\u2026";
    private static final Color HEADING_FILL = new Color(0xE6, 0xE6, 0xE6);
    private static final Color RULE = new Color(0x80, 0x80, 0x80);

    /** One printed line of a cell and its style. */
    public record Line(String text, TextStyle style) {
    }

    /** A piece of a cell's text in one style; each piece starts on a new line. */
    public record Part(String text, TextStyle style) {
    }

    /** A cell: its pieces of text and how they sit in the column. */
    public record Cell(List<Part> parts, Alignment alignment) {
        public static Cell of(String text, TextStyle style, Alignment alignment) {
            return new Cell(List.of(new Part(text, style)), alignment);
        }
    }

    public static TableRowSlice of(DocumentResources resources, List<Cell> cells, float[] widths, boolean heading) {
        TextWrapper wrapper = resources.wrapper();
        List<List<Line>> wrapped = new ArrayList<>();
        List<Alignment> alignments = new ArrayList<>();
        float tallest = 0;
        for (int c = 0; c < cells.size(); c++) {
            float inner = widths[c] - 2 * PADDING_X;
            List<Line> lines = new ArrayList<>();
            for (Part part : cells.get(c).parts()) {
                if (part.text().isBlank()) {
                    continue;
                }
                for (String line : wrapper.wrap(part.text(), part.style(), inner)) {
                    lines.add(new Line(line, part.style()));
                }
            }
            lines = capped(resources, lines, inner);
            wrapped.add(List.copyOf(lines));
            alignments.add(cells.get(c).alignment());
            tallest = Math.max(tallest, (float) lines.stream().mapToDouble(l -> l.style().leading()).sum());
        }
        return new TableRowSlice(List.copyOf(wrapped), List.copyOf(alignments), widths.clone(),
                tallest + 2 * PADDING_Y, heading);
    }

    private static List<Line> capped(DocumentResources resources, List<Line> lines, float width) {
        if (lines.size() <= MAX_LINES) {
            return lines;
        }
        List<Line> kept = new ArrayList<>(lines.subList(0, MAX_LINES));
        Line last = kept.get(MAX_LINES - 1);
        String text = last.text().strip();
        while (!text.isEmpty() && resources.fonts().width(text + ELLIPSIS, last.style()) > width) {
            text = text.substring(0, text.length() - 1);
        }
        kept.set(MAX_LINES - 1, new Line(text.strip() + ELLIPSIS, last.style()));
        return kept;
    }

    @Override
    public void draw(PageCanvas canvas, float x, float top, float width) throws IOException {
        float bottom = top - height;
        if (heading) {
            canvas.fill(new Box(x, bottom, width, height), HEADING_FILL);
            canvas.line(x, top, x + width, top, 0.8f, Color.BLACK);
            canvas.line(x, bottom, x + width, bottom, 0.8f, Color.BLACK);
        } else {
            canvas.line(x, bottom, x + width, bottom, 0.3f, RULE);
        }
        float cellX = x;
        for (int c = 0; c < cells.size(); c++) {
            float y = top - PADDING_Y;
            for (Line line : cells.get(c)) {
                canvas.lineInSlot(line.text(), line.style(), alignments.get(c), cellX + PADDING_X, y,
                        widths[c] - 2 * PADDING_X);
                y -= line.style().leading();
            }
            cellX += widths[c];
        }
    }

    /**
     * Adds a table: its heading, then each row, a row never split across pages and the heading repeated at the top of
     * every page the table runs onto (the heading never stands alone at the foot of a page).
     */
    public static void addTable(DocumentComposer composer, Slice heading, List<? extends Slice> rows) {
        for (int i = 0; i < rows.size(); i++) {
            Slice row = rows.get(i);
            float needed = row.height() + (i == 0 ? heading.height() : 0);
            if (needed > composer.remainingHeight() + FIT_TOLERANCE) {
                composer.newPage();
                composer.add(only(heading));
            } else if (i == 0) {
                composer.add(only(heading));
            }
            composer.add(only(row));
        }
    }

    /** Rounding in the heights must not push a row that fits exactly onto the next page. */
    private static final float FIT_TOLERANCE = 0.01f;

    private static Block only(Slice slice) {
        return (resources, width) -> List.of(slice);
    }
}
