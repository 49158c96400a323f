package id.jalin.training.domain;

import id.jalin.kernel.i18n.Labels;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where an event stands. Planned events are announced; open ones take registrations; a full one still takes them,
 * onto the waiting list; closed ones take no more; held is the end of a normal event, cancelled of one called off.
 */
@Labels("training.status")
public enum EventStatus {
    PLANNED, OPEN, FULL, CLOSED, HELD, CANCELLED;

    /** The statuses an event may be moved to from this one. */
    public Set<EventStatus> next() {
        return switch (this) {
            case PLANNED -> EnumSet.of(OPEN, CANCELLED);
            case OPEN -> EnumSet.of(PLANNED, FULL, CLOSED, HELD, CANCELLED);
            case FULL -> EnumSet.of(OPEN, CLOSED, HELD, CANCELLED);
            case CLOSED -> EnumSet.of(OPEN, HELD, CANCELLED);
            case HELD, CANCELLED -> EnumSet.noneOf(EventStatus.class);
        };
    }

    public boolean mayMoveTo(EventStatus to) {
        return next().contains(to);
    }

    /** Whether participants may still register (a full event puts them on the waiting list). */
    public boolean takesRegistrations() {
        return this == OPEN || this == FULL;
    }

    /** Whether attendance may be recorded: from the moment registration opens until it was held. */
    public boolean takesAttendance() {
        return this == OPEN || this == FULL || this == CLOSED || this == HELD;
    }
}
