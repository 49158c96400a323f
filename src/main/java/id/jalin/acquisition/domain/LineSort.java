package id.jalin.acquisition.domain;

import id.jalin.kernel.i18n.Labels;

/** Orders of a round's line list, done in the database. */
@Labels({})  // chosen by clicking a column heading; never shown as words
public enum LineSort {
    ENTERED, TITLE, MEMBER, PRIORITY, PRICE, DECISION, VENDOR
}
