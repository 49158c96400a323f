package id.jalin.kernel.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Columns of slices drawn next to each other as one unbreakable strip. */
record SideBySideSlice(List<List<Slice>> columns, float columnWidth, float gap) implements Slice {

    static SideBySideSlice of(DocumentResources resources, float width, float gap, List<List<Block>> blocks) {
        int count = Math.max(1, blocks.size());
        float columnWidth = (width - gap * (count - 1)) / count;
        List<List<Slice>> columns = blocks.stream()
                .map(column -> column.stream()
                        .flatMap(block -> block.slices(resources, columnWidth).stream())
                        .toList())
                .toList();
        return new SideBySideSlice(columns, columnWidth, gap);
    }

    /** Columns whose n-th cells start level: each cell is padded to the tallest n-th cell of all columns. */
    static SideBySideSlice ofCells(DocumentResources resources, float width, float gap,
                                   List<List<List<Block>>> columns) {
        int count = Math.max(1, columns.size());
        float columnWidth = (width - gap * (count - 1)) / count;
        List<List<List<Slice>>> cells = columns.stream()
                .map(column -> column.stream()
                        .map(cell -> cell.stream()
                                .flatMap(block -> block.slices(resources, columnWidth).stream())
                                .toList())
                        .toList())
                .toList();
        int rows = cells.stream().mapToInt(List::size).max().orElse(0);
        List<List<Slice>> padded = new ArrayList<>();
        for (List<List<Slice>> column : cells) {
            padded.add(new ArrayList<>());
        }
        for (int row = 0; row < rows; row++) {
            float tallest = 0;
            for (List<List<Slice>> column : cells) {
                tallest = Math.max(tallest, row < column.size() ? height(column.get(row)) : 0);
            }
            for (int c = 0; c < cells.size(); c++) {
                List<Slice> cell = row < cells.get(c).size() ? cells.get(c).get(row) : List.of();
                padded.get(c).addAll(cell);
                float missing = tallest - height(cell);
                if (missing > 0) {
                    padded.get(c).add(new GapSlice(missing, false));
                }
            }
        }
        return new SideBySideSlice(padded.stream().map(List::copyOf).toList(), columnWidth, gap);
    }

    private static float height(List<Slice> slices) {
        return (float) slices.stream().mapToDouble(Slice::height).sum();
    }

    @Override
    public float height() {
        return (float) columns.stream()
                .mapToDouble(column -> column.stream().mapToDouble(Slice::height).sum())
                .max().orElse(0);
    }

    @Override
    public void draw(PageCanvas canvas, float x, float top, float width) throws IOException {
        float columnX = x;
        for (List<Slice> column : columns) {
            float y = top;
            for (Slice slice : column) {
                slice.draw(canvas, columnX, y, columnWidth);
                y -= slice.height();
            }
            columnX += columnWidth + gap;
        }
    }
}
