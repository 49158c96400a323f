package id.jalin.training.domain;

import id.jalin.kernel.i18n.Labels;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * An event the start screen points to: it starts soon, its registration closes soon, or its days are over and
 * nobody has marked it held (or called it off), so no certificate can be issued yet.
 */
public record TrainingReminder(Kind kind, TrainingEvent event, LocalDate date) {
    /** How far ahead an event's start is shown, as the agreements' obligations due. */
    public static final int STARTS_WITHIN_DAYS = 30;
    /** How far ahead a registration deadline is shown: time enough for members to send their staff's names. */
    public static final int CLOSES_WITHIN_DAYS = 14;
    /** The statuses of an event not yet ended one way or the other. */
    static final Set<EventStatus> UNFINISHED = EnumSet.of(EventStatus.PLANNED, EventStatus.OPEN, EventStatus.FULL,
            EventStatus.CLOSED);

    @Labels("training.reminder.kind")
    public enum Kind { STARTS_SOON, REGISTRATION_CLOSES, NOT_MARKED_HELD }

    /** Whether its day has passed with nothing done. */
    public boolean late() {
        return kind == Kind.NOT_MARKED_HELD;
    }

    /** The reminders of these events on {@code today}, earliest first. */
    public static List<TrainingReminder> of(List<TrainingEvent> events, LocalDate today) {
        List<TrainingReminder> reminders = new ArrayList<>();
        for (TrainingEvent event : events) {
            if (!UNFINISHED.contains(event.status()) || event.startsOn() == null) {
                continue;
            }
            LocalDate ends = event.endsOn() == null ? event.startsOn() : event.endsOn();
            if (ends.isBefore(today)) {
                reminders.add(new TrainingReminder(Kind.NOT_MARKED_HELD, event, ends));
                continue;
            }
            LocalDate deadline = event.registrationDeadline();
            if (event.status().takesRegistrations() && deadline != null && !deadline.isBefore(today)
                    && !deadline.isAfter(today.plusDays(CLOSES_WITHIN_DAYS))) {
                reminders.add(new TrainingReminder(Kind.REGISTRATION_CLOSES, event, deadline));
            }
            if (!event.startsOn().isBefore(today) && !event.startsOn().isAfter(today.plusDays(STARTS_WITHIN_DAYS))) {
                reminders.add(new TrainingReminder(Kind.STARTS_SOON, event, event.startsOn()));
            }
        }
        reminders.sort(Comparator.comparing(TrainingReminder::date));
        return reminders;
    }
}
