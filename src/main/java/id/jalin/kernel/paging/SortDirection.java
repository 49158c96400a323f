package id.jalin.kernel.paging;

/** Which way a list is sorted by its sort column. */
public enum SortDirection {
    ASCENDING, DESCENDING;

    public boolean isAscending() {
        return this == ASCENDING;
    }
}
