package id.jalin.training.domain;

import java.time.LocalDate;

/** A certificate as stored: its number, given once, for one registration, when and by whom. */
public record Certificate(long id, long registrationId, String number, LocalDate issuedOn, String issuedBy) {
}
