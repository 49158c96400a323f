package id.jalin.catalogue.domain;

import java.util.List;

/**
 * What the clustering compares a record by, worked out once when the record is read and kept with it.
 *
 * @param identifiers its valid ISBNs as {@code isbn:} and 13 digits, and ISSNs as {@code issn:} and 8 characters
 * @param titleKey the title (245 $a$b) with case, punctuation, diacritics and leading articles dropped: what the
 *        similar-title step measures its edit distance on; empty when the record has no title
 * @param exactKey title key, main author's surname, year and edition number together: two records with the same
 *        exact key are the same work; empty when the record has no title
 * @param blockKey main author's surname, year and edition number: the records a similar title is looked for among;
 *        empty when the author or the year is missing (then the similar-title step does not run)
 */
public record MatchKeys(List<String> identifiers, String titleKey, String exactKey, String blockKey) {
    public MatchKeys {
        identifiers = List.copyOf(identifiers);
        titleKey = titleKey == null ? "" : titleKey;
        exactKey = exactKey == null ? "" : exactKey;
        blockKey = blockKey == null ? "" : blockKey;
    }
}
