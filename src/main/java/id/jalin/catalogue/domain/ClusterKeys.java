package id.jalin.catalogue.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Works out a record's {@link MatchKeys} once, when it is read: its valid ISBNs and ISSNs as identifiers, its title
 * key ({@link TitleKey}), and the exact and block keys built from the title key, the main author's surname
 * ({@link AuthorKey}), the year and the edition number ({@link EditionNumber}).
 */
public final class ClusterKeys {
    private static final String SEPARATOR = "|";

    private ClusterKeys() {
    }

    public static MatchKeys of(CatalogueRecord record) {
        List<String> identifiers = new ArrayList<>();
        for (Isbn isbn : record.validIsbns()) {
            identifiers.add("isbn:" + isbn.digits());
        }
        for (Issn issn : record.issns()) {
            if (issn.checkValid() && !identifiers.contains("issn:" + issn.characters())) {
                identifiers.add("issn:" + issn.characters());
            }
        }
        String titleKey = TitleKey.of(record.title(), record.subtitle());
        String surname = AuthorKey.of(record);
        String year = record.year() == null ? "" : String.valueOf(record.year());
        String edition = EditionNumber.of(record.edition());
        String exactKey = titleKey.isEmpty() ? "" : String.join(SEPARATOR, titleKey, surname, year, edition);
        String blockKey = surname.isEmpty() || year.isEmpty() ? "" : String.join(SEPARATOR, surname, year, edition);
        return new MatchKeys(identifiers.stream().distinct().toList(), titleKey, exactKey, blockKey);
    }
}
