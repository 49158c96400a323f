package id.jalin.training.print;

import id.jalin.kernel.pdf.Alignment;
import id.jalin.kernel.pdf.Box;
import id.jalin.kernel.pdf.DocumentResources;
import id.jalin.kernel.pdf.PageCanvas;
import id.jalin.kernel.pdf.Slice;
import id.jalin.kernel.pdf.TextStyle;
import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * One row of the attendance table, ruled on every side as a daftar hadir is. A person's row is tall enough to sign
 * in; the signature cell is split in two and the row's number printed small in the left half for odd rows and in
 * the right half for even ones, so neighbouring signatures alternate sides and do not run into each other.
 */
record SheetRowSlice(List<List<String>> cells, List<Alignment> alignments, float[] widths, TextStyle style,
                     float height, boolean heading, int signatureNumber) implements Slice {
    static final float PADDING_X = 2.5f;
    static final float PADDING_Y = 2.5f;
    private static final Color HEADING_FILL = new Color(0xE6, 0xE6, 0xE6);
    private static final Color GUIDE = new Color(0xB0, 0xB0, 0xB0);

    /**
     * A row of {@code texts} (the last column is the signature: {@code signatureNumber} > 0 marks its halves, 0
     * leaves it empty), at least {@code minHeight} tall.
     */
    static SheetRowSlice of(DocumentResources resources, List<String> texts, List<Alignment> alignments,
                            float[] widths, TextStyle style, float minHeight, boolean heading, int signatureNumber) {
        List<List<String>> cells = new ArrayList<>();
        float tallest = 0;
        for (int c = 0; c < texts.size(); c++) {
            List<String> lines = texts.get(c).isBlank() ? List.of()
                    : resources.wrapper().wrap(texts.get(c), style, widths[c] - 2 * PADDING_X);
            cells.add(lines);
            tallest = Math.max(tallest, lines.size() * style.leading());
        }
        return new SheetRowSlice(List.copyOf(cells), List.copyOf(alignments), widths.clone(), style,
                Math.max(minHeight, tallest + 2 * PADDING_Y), heading, signatureNumber);
    }

    @Override
    public void draw(PageCanvas canvas, float x, float top, float width) throws IOException {
        float bottom = top - height;
        float total = 0;
        for (float w : widths) {
            total += w;
        }
        if (heading) {
            canvas.fill(new Box(x, bottom, total, height), HEADING_FILL);
        }
        float thickness = heading ? 0.8f : 0.5f;
        canvas.line(x, top, x + total, top, thickness, Color.BLACK);
        canvas.line(x, bottom, x + total, bottom, thickness, Color.BLACK);
        float cellX = x;
        for (int c = 0; c < cells.size(); c++) {
            canvas.line(cellX, top, cellX, bottom, 0.5f, Color.BLACK);
            List<String> lines = cells.get(c);
            // text centred in the row's height, so a short name does not hang at the top of a tall row
            float y = top - (height - lines.size() * style.leading()) / 2;
            for (String line : lines) {
                canvas.lineInSlot(line, style, alignments.get(c), cellX + PADDING_X, y, widths[c] - 2 * PADDING_X);
                y -= style.leading();
            }
            cellX += widths[c];
        }
        canvas.line(cellX, top, cellX, bottom, 0.5f, Color.BLACK);
        if (signatureNumber > 0) {
            drawSignatureHalves(canvas, cellX - widths[widths.length - 1], top, widths[widths.length - 1]);
        }
    }

    private void drawSignatureHalves(PageCanvas canvas, float x, float top, float width) throws IOException {
        float half = width / 2;
        canvas.line(x + half, top, x + half, top - height, 0.3f, GUIDE);
        boolean left = signatureNumber % 2 == 1;
        float numberX = left ? x : x + half;
        TextStyle small = style.withSize(style.size() * 0.8f);
        canvas.lineInSlot(signatureNumber + ".", small, Alignment.LEFT, numberX + PADDING_X, top - 1.5f,
                half - 2 * PADDING_X);
    }
}
