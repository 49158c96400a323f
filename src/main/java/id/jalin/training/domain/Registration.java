package id.jalin.training.domain;

import java.time.LocalDateTime;
import java.util.Locale;

/**
 * A person registered for an event. A member's staff person has {@code memberId} and {@code staffId}; a guest has no
 * {@code staffId}. The name, institution and e-mail are kept as registered, so lists and papers keep them when the
 * register changes. {@code badgeCode} (printed on the badge, see {@link BadgeCode}) is given when the registration is
 * stored; {@code cardNumber} is a forum card's number, also scanned at the door (empty: none).
 */
public record Registration(Long id, long eventId, Long memberId, Long staffId, String name, String institution,
                           String email, ParticipantRole role, RegistrationStatus status, String badgeCode,
                           String cardNumber, LocalDateTime registeredAt, Fee fee, long version) {
    public Registration {
        name = TrainingEvent.clean(name);
        institution = TrainingEvent.clean(institution);
        email = TrainingEvent.clean(email);
        role = role == null ? ParticipantRole.PARTICIPANT : role;
        status = status == null ? RegistrationStatus.REGISTERED : status;
        badgeCode = badgeCode == null ? "" : badgeCode;
        cardNumber = TrainingEvent.clean(cardNumber);
        fee = fee == null ? Fee.due(null) : fee;
    }

    public boolean isGuest() {
        return staffId == null;
    }

    /** Whether this registration holds a participant's seat or a speaker's or committee member's place. */
    public boolean holdsPlace() {
        return status == RegistrationStatus.REGISTERED;
    }

    /**
     * Who the person is, for refusing the same person twice: the staff id for staff; for a guest the e-mail, or the
     * name and institution when no e-mail was given (case and spacing ignored).
     */
    public String personKey() {
        if (staffId != null) {
            return "staff:" + staffId;
        }
        if (!email.isEmpty()) {
            return "email:" + email.toLowerCase(Locale.ROOT);
        }
        return "guest:" + squash(name) + "|" + squash(institution);
    }

    public String label() {
        return name;
    }

    public Registration withStatus(RegistrationStatus to) {
        return new Registration(id, eventId, memberId, staffId, name, institution, email, role, to, badgeCode,
                cardNumber, registeredAt, fee, version);
    }

    public Registration withFee(Fee to) {
        return new Registration(id, eventId, memberId, staffId, name, institution, email, role, status, badgeCode,
                cardNumber, registeredAt, to, version);
    }

    public Registration stored(long newId, String newBadgeCode, long newVersion) {
        return new Registration(newId, eventId, memberId, staffId, name, institution, email, role, status,
                newBadgeCode, cardNumber, registeredAt, fee, newVersion);
    }

    static String squash(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }
}
