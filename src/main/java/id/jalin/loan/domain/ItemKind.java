package id.jalin.loan.domain;

import id.jalin.kernel.i18n.Labels;

/** What sort of item is asked for; a lender's rules name the kinds it does not lend (reference works, theses). */
@Labels("loan.item")
public enum ItemKind {
    BOOK, REFERENCE, THESIS, SERIAL, RESEARCH_REPORT, OTHER
}
