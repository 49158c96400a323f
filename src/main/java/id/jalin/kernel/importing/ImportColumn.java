package id.jalin.kernel.importing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * One column an import understands: its English heading (the canonical name, which import reasons name), its
 * Indonesian heading and any aliases, whether a file without it is refused, and how its cells are read. Coordinators
 * keep their lists in either language, so both headings are always accepted.
 */
public final class ImportColumn<T> {
    private final List<String> headings;
    private final boolean required;
    private final CellParser<T> parser;

    private ImportColumn(List<String> headings, boolean required, CellParser<T> parser) {
        this.headings = List.copyOf(new LinkedHashSet<>(headings));
        this.required = required;
        this.parser = Objects.requireNonNull(parser);
    }

    public static <T> ImportColumn<T> of(String english, String indonesian, CellParser<T> parser) {
        return new ImportColumn<>(List.of(ImportSchema.normalise(english), ImportSchema.normalise(indonesian)), false,
                parser);
    }

    public static ImportColumn<String> text(String english, String indonesian) {
        return of(english, indonesian, CellParsers.text());
    }

    /** The same column, but a file without it is refused. */
    public ImportColumn<T> required() {
        return new ImportColumn<>(headings, true, parser);
    }

    /** The same column, also recognised under these headings. */
    public ImportColumn<T> alsoHeaded(String... aliases) {
        List<String> more = new ArrayList<>(headings);
        for (String alias : aliases) {
            more.add(ImportSchema.normalise(alias));
        }
        return new ImportColumn<>(more, required, parser);
    }

    /** The canonical (English) heading, as written in the documentation and named in import reasons. */
    public String key() {
        return headings.get(0);
    }

    /** Every heading the column is recognised by, English first, then Indonesian, then aliases. */
    public List<String> headings() {
        return headings;
    }

    public boolean isRequired() {
        return required;
    }

    CellParser<T> parser() {
        return parser;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ImportColumn<?> column && column.key().equals(key());
    }

    @Override
    public int hashCode() {
        return key().hashCode();
    }

    @Override
    public String toString() {
        return "ImportColumn[" + key() + "]";
    }
}
