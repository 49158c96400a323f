package id.jalin.kernel.importing;

/** Reads the text of one cell into a typed value, or says why it cannot; see {@link CellParsers} for the usual ones. */
@FunctionalInterface
public interface CellParser<T> {
    /** @param text the cell without surrounding blanks, empty when the cell is */
    CellReading<T> parse(String text);
}
