package id.jalin.training.domain;

/** One row of a registration import as read: who, in which role, and a forum card number (empty: none). */
public record ImportedRegistration(Registrant registrant, ParticipantRole role, String cardNumber) {
}
