package id.jalin.catalogue.domain;

import id.jalin.kernel.i18n.Labels;

/** How the catalogue's search lists its hits. */
@Labels("catalogue.sort")
public enum CatalogueSort {
    RELEVANCE, NEWEST, OLDEST, TITLE
}
