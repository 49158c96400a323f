package id.jalin.acquisition.domain;

import id.jalin.kernel.i18n.Labels;

/** Orders of the round list, done in the database. */
@Labels({})  // chosen by clicking a column heading; never shown as words
public enum RoundSort {
    NAME, DEADLINE, STATUS, BUDGET
}
