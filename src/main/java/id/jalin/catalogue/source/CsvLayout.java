package id.jalin.catalogue.source;

import java.util.Objects;

/**
 * How the exporting librarian asked SLiMS to write its bibliography CSV: the field separator (SLiMS's form takes up
 * to three characters, "," by default) and the character fields are enclosed with ('"' by default).
 */
public record CsvLayout(String separator, char enclosure) {
    /** What SLiMS's export form proposes. */
    public static final CsvLayout DEFAULT = new CsvLayout(",", '"');

    public CsvLayout {
        Objects.requireNonNull(separator, "separator");
        // the backslash is how older SLiMS escaped quotes and newlines, so it cannot also separate or enclose
        if (separator.isEmpty() || separator.length() > 3 || separator.indexOf(enclosure) >= 0
                || separator.indexOf('\\') >= 0 || enclosure == '\\') {
            throw new IllegalArgumentException("A separator is one to three characters other than the enclosure "
                    + "and the backslash: " + separator);
        }
    }
}
