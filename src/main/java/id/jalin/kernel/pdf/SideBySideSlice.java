package id.jalin.kernel.pdf;

import java.io.IOException;
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
