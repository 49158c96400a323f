package id.jalin.kernel.paging;

import java.util.Objects;

/**
 * One page of a list that may hold tens of thousands of rows, as asked of the database: where the page starts,
 * how many rows it holds, the sort column and direction, and the text typed in the search field. {@code S} is the
 * feature's enum of sortable columns, so the storage layer maps each to a real column and nothing else can be
 * sorted on. Offset paging: people search rather than page deep, and an offset lets the screen say
 * "51–100 of 50,000" and jump back to the first page; see docs/decisions for why not keyset.
 */
public record PageRequest<S extends Enum<S>>(int offset, int size, S sort, SortDirection direction, String filter) {
    public static final int DEFAULT_SIZE = 50;

    public PageRequest {
        if (offset < 0) {
            throw new IllegalArgumentException("offset " + offset);
        }
        if (size < 1) {
            throw new IllegalArgumentException("size " + size);
        }
        Objects.requireNonNull(sort, "sort");
        direction = direction == null ? SortDirection.ASCENDING : direction;
        filter = filter == null ? "" : filter.strip();
    }

    /** The first page of {@link #DEFAULT_SIZE} rows, sorted ascending by {@code sort}, not filtered. */
    public static <S extends Enum<S>> PageRequest<S> first(S sort) {
        return new PageRequest<>(0, DEFAULT_SIZE, sort, SortDirection.ASCENDING, "");
    }

    public boolean isFiltered() {
        return !filter.isEmpty();
    }

    public PageRequest<S> next() {
        return new PageRequest<>(offset + size, size, sort, direction, filter);
    }

    public PageRequest<S> previous() {
        return new PageRequest<>(Math.max(0, offset - size), size, sort, direction, filter);
    }

    /** Another sort goes back to the first page: the rows on the current one would be others. */
    public PageRequest<S> sortedBy(S newSort, SortDirection newDirection) {
        return new PageRequest<>(0, size, newSort, newDirection, filter);
    }

    /** Another search goes back to the first page. */
    public PageRequest<S> filteredBy(String text) {
        return new PageRequest<>(0, size, sort, direction, text);
    }

    /** The page that holds row {@code offset}, or the last one when rows were removed meanwhile. */
    public PageRequest<S> at(int newOffset) {
        return new PageRequest<>(Math.max(0, newOffset), size, sort, direction, filter);
    }
}
