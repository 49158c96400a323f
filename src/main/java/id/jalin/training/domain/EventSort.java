package id.jalin.training.domain;

import id.jalin.kernel.i18n.Labels;

/** Orders of the event list, done in the database. */
@Labels({})  // chosen by clicking a column heading; never shown as words
public enum EventSort {
    STARTS, TITLE, KIND, STATUS, HOST, DEADLINE
}
