package id.jalin.kernel.importing;

/**
 * What a {@link CellParser} made of one cell: the typed value, or the bundle key saying why the text is not one
 * (the key gets the cell's text as {@code {0}}). A blank cell is a value too (null, zero or a default), never a
 * problem: whether a column must be filled is the row's rule, not the cell's.
 */
public record CellReading<T>(T value, String problemKey) {
    public static <T> CellReading<T> of(T value) {
        return new CellReading<>(value, null);
    }

    public static <T> CellReading<T> problem(String problemKey) {
        return new CellReading<>(null, problemKey);
    }

    public boolean isValid() {
        return problemKey == null;
    }
}
