package id.jalin.kernel.importing;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The columns one kind of import file has, as a feature declares them. */
public record ImportSchema(List<ImportColumn<?>> columns) {
    public ImportSchema {
        columns = List.copyOf(columns);
    }

    public static ImportSchema of(ImportColumn<?>... columns) {
        return new ImportSchema(List.of(columns));
    }

    /**
     * The column a heading names. Case, surrounding blanks and the choice of space, hyphen or underscore do not
     * matter ("Yearly dues", "kelas-iuran"), because spreadsheet users type headings by hand.
     */
    public Optional<ImportColumn<?>> forHeading(String heading) {
        String wanted = normalise(heading);
        return columns.stream().filter(column -> column.headings().contains(wanted)).findFirst();
    }

    public boolean knows(String heading) {
        return forHeading(heading).isPresent();
    }

    public List<ImportColumn<?>> required() {
        return columns.stream().filter(ImportColumn::isRequired).toList();
    }

    /** Lower case, stripped, runs of blanks and hyphens as one underscore; a byte order mark is dropped. */
    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String withoutBom = text.startsWith("\ufeff") ? text.substring(1) : text;
        return withoutBom.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s\\-]+", "_");
    }
}
