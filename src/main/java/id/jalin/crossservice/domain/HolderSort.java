package id.jalin.crossservice.domain;

/** The columns the holder list can be sorted by in the database; the name is the list's own order. */
public enum HolderSort {
    NUMBER, NAME, PROGRAMME, KIND
}
