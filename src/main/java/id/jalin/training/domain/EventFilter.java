package id.jalin.training.domain;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which events a list shows: by kind and status (none chosen: all), by the days they run (an event overlapping
 * {@code from}..{@code to}; either may be null for open-ended), by the host member, and by typed text in either
 * title or the venue.
 */
public record EventFilter(Set<EventKind> kinds, Set<EventStatus> statuses, LocalDate from, LocalDate to, Long hostId,
                          String text) {
    public EventFilter {
        kinds = kinds == null || kinds.isEmpty() ? EnumSet.noneOf(EventKind.class) : EnumSet.copyOf(kinds);
        statuses = statuses == null || statuses.isEmpty() ? EnumSet.noneOf(EventStatus.class)
                : EnumSet.copyOf(statuses);
        text = text == null ? "" : text.strip();
    }

    public static EventFilter all() {
        return new EventFilter(Set.of(), Set.of(), null, null, null, "");
    }
}
