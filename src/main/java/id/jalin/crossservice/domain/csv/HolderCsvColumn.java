package id.jalin.crossservice.domain.csv;

import id.jalin.kernel.i18n.Labels;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of the card holder import file (docs/csv-card-holder-import.md), each with its English and
 * Indonesian heading; the English one names the column in import reasons.
 */
@Labels({}) // headings are the columns' own words, in both languages
public enum HolderCsvColumn {
    NUMBER("number", "nomor"),
    NAME("name", "nama"),
    HOME_LIBRARY("home_library", "perpustakaan_asal"),
    PROGRAMME("programme", "program_studi"),
    KIND("kind", "jenis"),
    EMAIL("email"),
    PHONE("phone", "telepon");

    /** Without these a row names nobody, or nobody in particular, so the file is refused. */
    public static final List<HolderCsvColumn> REQUIRED = List.of(NUMBER, NAME, HOME_LIBRARY);

    private final List<String> headings;

    HolderCsvColumn(String... headings) {
        this.headings = List.of(headings);
    }

    public String heading() {
        return headings.get(0);
    }

    public List<String> headings() {
        return headings;
    }

    /** The column a heading names, ignoring case and the choice of space, hyphen or underscore. */
    public static Optional<HolderCsvColumn> forHeading(String heading) {
        String wanted = normalise(heading);
        for (HolderCsvColumn column : values()) {
            if (column.headings.contains(wanted)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }

    static String normalise(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s\\-]+", "_");
    }
}
