package id.jalin.catalogue.domain;

import id.jalin.kernel.i18n.Labels;

/** Why a record sits in its work: the rule that matched it to a record already there, or that none did. */
@Labels("catalogue.rule")
public enum MatchRule {
    /** The same ISBN (10 and 13 meet). */
    ISBN,
    /** The same ISSN. */
    ISSN,
    /** The same title key, main author's surname, year and edition. */
    TITLE_KEY,
    /** A near-identical title of the same author, year and edition, in another member's record (the guarded fuzzy step). */
    SIMILAR_TITLE,
    /** Put there by a coordinator's hand. */
    JOINED,
    /** Taken out by a coordinator's hand into a work of its own. */
    SPLIT,
    /** No other record matched: the record starts a work. */
    OWN
}
