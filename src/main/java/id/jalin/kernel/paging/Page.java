package id.jalin.kernel.paging;

import java.util.List;
import java.util.function.Function;

/** One page of rows and how many rows the whole (filtered) list has, for "51–100 of 50,000" and next/previous. */
public record Page<T>(List<T> rows, int offset, long total) {
    public Page {
        rows = List.copyOf(rows);
    }

    public static <T> Page<T> empty() {
        return new Page<>(List.of(), 0, 0);
    }

    /** The 1-based number of the first row shown, 0 when the page is empty. */
    public long firstRowNumber() {
        return rows.isEmpty() ? 0 : offset + 1L;
    }

    public long lastRowNumber() {
        return offset + (long) rows.size();
    }

    public boolean hasPrevious() {
        return offset > 0;
    }

    public boolean hasNext() {
        return lastRowNumber() < total;
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(rows.stream().map(mapper).toList(), offset, total);
    }
}
