package id.jalin.exchange.domain;

import id.jalin.kernel.i18n.Labels;

/** The kinds of a library's own publications that members swap. */
@Labels("exchange.kind")
public enum PublicationKind {
    JOURNAL, PROCEEDINGS, THESIS, RESEARCH_REPORT, BOOK, OTHER
}
