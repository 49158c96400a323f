package id.jalin.crossservice.domain;

import id.jalin.kernel.i18n.Labels;

/** The columns the holder list can be sorted by in the database; the name is the list's own order. */
@Labels({}) // a sort column, shown by its column heading
public enum HolderSort {
    NUMBER, NAME, PROGRAMME, KIND
}
