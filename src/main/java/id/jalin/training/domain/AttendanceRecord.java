package id.jalin.training.domain;

import java.util.List;
import java.util.Set;

/**
 * An event's attendance as the grid shows it: the sessions in order, everyone holding a place, and the ticks.
 */
public record AttendanceRecord(EventDetail detail, List<Registration> people, Set<AttendanceMark> marks) {
    public AttendanceRecord {
        people = List.copyOf(people);
        marks = Set.copyOf(marks);
    }

    public boolean attended(long sessionId, long registrationId) {
        return marks.contains(new AttendanceMark(sessionId, registrationId));
    }

    /** How many of the event's sessions the person attended. */
    public int attendedBy(long registrationId) {
        return (int) detail.sessions().stream().filter(session -> attended(session.id(), registrationId)).count();
    }

    /** Whether the person met the event's attendance rule. */
    public boolean qualifies(long registrationId) {
        return AttendanceRule.met(attendedBy(registrationId), detail.sessions().size(),
                detail.event().attendancePercent());
    }
}
