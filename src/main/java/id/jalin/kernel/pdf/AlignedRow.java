package id.jalin.kernel.pdf;

import java.util.Arrays;
import java.util.List;

/**
 * One row of side-by-side columns whose tops line up, such as an article in Indonesian (left) and English
 * (right). A row with one cell is the single-language layout.
 */
public record AlignedRow(List<List<Block>> cells) {
    public AlignedRow {
        if (cells.isEmpty()) {
            throw new IllegalArgumentException("A row needs at least one cell");
        }
        cells = cells.stream().map(List::copyOf).toList();
    }

    @SafeVarargs
    public static AlignedRow of(List<? extends Block>... cells) {
        return new AlignedRow(Arrays.stream(cells).map(cell -> List.<Block>copyOf(cell)).toList());
    }

    public int columnCount() {
        return cells.size();
    }
}
