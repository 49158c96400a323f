package id.jalin.kernel.pdf;

import java.util.List;

/** A piece of a flowing document, cut into {@link Slice}s once the width of its column is known. */
public interface Block {
    List<Slice> slices(DocumentResources resources, float width);

    static Paragraph paragraph(String text, TextStyle style) {
        return Paragraph.of(text, style);
    }

    /** A heading stays on the same page as the first lines after it. */
    static Paragraph heading(String text, TextStyle style) {
        return Paragraph.of(text, style).keptWithNext();
    }

    static Block spacer(float height) {
        return (resources, width) -> List.of(new GapSlice(height, false));
    }

    /** A full-width horizontal line with {@code padding} above and below. */
    static Block rule(float thickness, float padding) {
        return (resources, width) -> List.of(new RuleSlice(thickness, padding));
    }

    /** An image no larger than {@code maxWidth} x {@code maxHeight} (and the column), keeping its proportions. */
    static Block image(byte[] bytes, float maxWidth, float maxHeight, Alignment alignment) {
        byte[] copy = bytes.clone();
        return (resources, width) -> List.of(ImageSlice.fitted(resources, copy, Math.min(maxWidth, width),
                maxHeight, alignment));
    }

    /**
     * Blocks side by side in equal columns, {@code gap} apart, never split across pages: the signature block
     * ("PIHAK PERTAMA" left, "PIHAK KEDUA" right) is the typical use.
     */
    static Block sideBySide(float gap, List<List<Block>> columns) {
        List<List<Block>> copy = columns.stream().map(List::copyOf).toList();
        return (resources, width) -> List.of(SideBySideSlice.of(resources, width, gap, copy));
    }

    /**
     * Like {@link #sideBySide} for columns made of cells: the n-th cell of every column starts at the same height,
     * so the signatories' names stay level when one institution's name above them wraps to more lines.
     */
    static Block sideBySideCells(float gap, List<List<List<Block>>> columns) {
        List<List<List<Block>>> copy = columns.stream()
                .map(column -> column.stream().<List<Block>>map(List::copyOf).toList())
                .toList();
        return (resources, width) -> List.of(SideBySideSlice.ofCells(resources, width, gap, copy));
    }

    /**
     * An empty dashed frame {@code frameWidth} x {@code frameHeight}, centred in the column with {@code label} small
     * inside, in a strip {@code height} tall: the place where something is stuck on after printing, such as the
     * duty stamp (meterai) a signature goes across.
     */
    static Block markedSpace(float height, float frameWidth, float frameHeight, String label, TextStyle style) {
        return (resources, width) -> List.of(new MarkedSpaceSlice(height, frameWidth, frameHeight, label, style));
    }
}
