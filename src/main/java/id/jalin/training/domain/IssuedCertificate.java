package id.jalin.training.domain;

import java.time.Duration;
import java.time.LocalDate;

/**
 * A certificate with everything printed on it and shown when a number is checked: the number, to whom (name,
 * institution, role), for which event (kind, titles, days, total time of its sessions), when and by whom it was
 * issued.
 */
public record IssuedCertificate(String number, LocalDate issuedOn, String issuedBy, long registrationId,
                                String personName, String institution, ParticipantRole role, long eventId,
                                EventKind kind, String titleId, String titleEn, LocalDate startsOn, LocalDate endsOn,
                                Duration totalTime) {
}
