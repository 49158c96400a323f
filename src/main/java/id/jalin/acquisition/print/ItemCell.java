package id.jalin.acquisition.print;

import id.jalin.kernel.pdf.Alignment;
import id.jalin.kernel.pdf.TableRowSlice;
import java.util.ArrayList;
import java.util.List;

/** The cell that names an item: its title, then (smaller) its author where asked for and its ISBN. */
final class ItemCell {
    private ItemCell() {
    }

    static TableRowSlice.Cell of(Words words, String title, String author, String isbn) {
        List<TableRowSlice.Part> parts = new ArrayList<>();
        parts.add(new TableRowSlice.Part(title, Paper.CELL));
        parts.add(new TableRowSlice.Part(author, Paper.CELL_NOTE));
        if (!isbn.isEmpty()) {
            parts.add(new TableRowSlice.Part(words.get("acquisition.print.isbn", isbn), Paper.CELL_SMALL));
        }
        return new TableRowSlice.Cell(parts, Alignment.LEFT);
    }
}
