package id.jalin.training.domain;

import java.time.LocalDate;

/**
 * An event a member's staff person took part in, for the member's detail: the event, who, in which role, sessions
 * attended of the event's sessions, and the certificate's number (empty while none).
 */
public record AttendedEvent(long eventId, EventKind kind, String titleId, String titleEn, LocalDate startsOn,
                            LocalDate endsOn, EventStatus status, long registrationId, String personName,
                            ParticipantRole role, int attended, int sessions, String certificateNumber) {
}
