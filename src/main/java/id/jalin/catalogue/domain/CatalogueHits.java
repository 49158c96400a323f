package id.jalin.catalogue.domain;

import java.util.List;

/** A search's answer: how many works match in all, and the first of them in the order asked, with their holdings. */
public record CatalogueHits(long total, List<IndexedWork> works) {
    public CatalogueHits {
        works = List.copyOf(works);
    }
}
