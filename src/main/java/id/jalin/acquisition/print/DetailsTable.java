package id.jalin.acquisition.print;

import id.jalin.kernel.pdf.Alignment;
import id.jalin.kernel.pdf.Block;
import id.jalin.kernel.pdf.DocumentResources;
import id.jalin.kernel.pdf.Slice;
import id.jalin.kernel.pdf.TableRowSlice;
import id.jalin.kernel.pdf.Units;
import java.util.ArrayList;
import java.util.List;

/**
 * Label and value pairs under a paper's title ("Putaran pengadaan: ..."), the value in a column of its own so a long
 * library name wraps under itself and never under its label.
 */
final class DetailsTable implements Block {
    private static final float LABEL_WIDTH = Units.mm(45);

    private static final float CODE_WIDTH = Units.mm(22);

    /** A row: its label, and its value, or a code and a name each in a column of its own. */
    private record Pair(String label, String code, String value, boolean strong) {
    }

    private final List<Pair> pairs = new ArrayList<>();

    DetailsTable add(String label, String value) {
        pairs.add(new Pair(label, null, value, false));
        return this;
    }

    DetailsTable addStrong(String label, String value) {
        pairs.add(new Pair(label, null, value, true));
        return this;
    }

    /** A member's code and name: a long name wraps under itself, clear of the codes of the rows around it. */
    DetailsTable addCoded(String label, String code, String name) {
        pairs.add(new Pair(label, code, name, false));
        return this;
    }

    @Override
    public List<Slice> slices(DocumentResources resources, float width) {
        List<Slice> slices = new ArrayList<>();
        for (Pair pair : pairs) {
            TableRowSlice.Cell label = TableRowSlice.Cell.of(pair.label(), Paper.BODY, Alignment.LEFT);
            TableRowSlice.Cell value = TableRowSlice.Cell.of(pair.value(), pair.strong() ? Paper.STRONG : Paper.BODY,
                    Alignment.LEFT);
            slices.add(pair.code() == null
                    ? TableRowSlice.of(resources, List.of(label, value), new float[] {LABEL_WIDTH, width - LABEL_WIDTH},
                            false)
                    : TableRowSlice.of(resources, List.of(label,
                            TableRowSlice.Cell.of(pair.code(), Paper.BODY, Alignment.LEFT), value),
                            new float[] {LABEL_WIDTH, CODE_WIDTH, width - LABEL_WIDTH - CODE_WIDTH}, false));
        }
        return slices;
    }
}
