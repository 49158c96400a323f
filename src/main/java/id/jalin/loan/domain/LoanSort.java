package id.jalin.loan.domain;

import id.jalin.kernel.i18n.Labels;

/** Orders of the request lists, done in the database. */
@Labels({})  // chosen by clicking a column heading; never shown as words
public enum LoanSort {
    NUMBER, REQUESTED, STATE, DUE, TITLE
}
