package id.jalin.training.domain;

/** A tick: the registration's person attended the session. */
public record AttendanceMark(long sessionId, long registrationId) {
}
