package id.jalin.redistribution.domain;

import id.jalin.kernel.i18n.Labels;

/** Orders of the offer lists, done in the database. */
@Labels({})  // chosen by clicking a column heading; never shown as words
public enum OfferSort {
    POSTED, TITLE, CLOSING, COPIES
}
