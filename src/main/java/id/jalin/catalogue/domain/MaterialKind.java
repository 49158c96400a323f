package id.jalin.catalogue.domain;

import id.jalin.kernel.i18n.Labels;

/** What kind of material a record describes, as the catalogue's filter offers it. */
@Labels("catalogue.kind")
public enum MaterialKind {
    BOOK, THESIS, SERIAL, RESEARCH_REPORT, OTHER
}
