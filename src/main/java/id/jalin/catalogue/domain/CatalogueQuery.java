package id.jalin.catalogue.domain;

import java.util.Objects;
import java.util.Set;

/**
 * What the search box and its filters ask: words (title words, author, ISBN with or without hyphens, subject,
 * publisher; the last word is taken as a prefix, for results as one types), the members that must hold the work
 * (none: any), a year range (either end open), the kinds (none: any), the order and how many hits to return.
 */
public record CatalogueQuery(String text, Set<Long> memberIds, Integer yearFrom, Integer yearTo,
                             Set<MaterialKind> kinds, CatalogueSort sort, int limit) {
    public CatalogueQuery {
        text = text == null ? "" : text;
        memberIds = Set.copyOf(memberIds);
        kinds = Set.copyOf(kinds);
        Objects.requireNonNull(sort, "sort");
        if (limit < 1) {
            throw new IllegalArgumentException("limit " + limit);
        }
    }

    public static CatalogueQuery words(String text) {
        return new CatalogueQuery(text, Set.of(), null, null, Set.of(), CatalogueSort.RELEVANCE, 50);
    }
}
