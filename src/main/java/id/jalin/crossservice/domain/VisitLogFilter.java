package id.jalin.crossservice.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Which arrivals the visit log shows besides the typed search: days {@code from} to {@code to} inclusive, at one
 * host library or ({@code hostLibraryId} null) at all of them.
 */
public record VisitLogFilter(LocalDate from, LocalDate to, Long hostLibraryId) {
    public VisitLogFilter {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }
}
