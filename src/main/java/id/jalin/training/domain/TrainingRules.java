package id.jalin.training.domain;

import id.jalin.kernel.money.Money;
import id.jalin.kernel.validation.Validation;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The rules an event, a session, a registration and a fee keep, each reason a bundle key. */
final class TrainingRules {
    static final int TITLE_LENGTH = 300;
    static final int TEXT_LENGTH = 500;
    static final int NAME_LENGTH = 200;
    static final int LONG_TEXT_LENGTH = 1000;
    static final int CARD_LENGTH = 40;
    static final int RECEIPT_LENGTH = 100;
    static final int MAX_CAPACITY = 100_000;

    private TrainingRules() {
    }

    /** The event's own fields; {@code register} tells whether the host is a member that may host. */
    static Validation event(TrainingEvent event, Map<Long, TrainingMember> register) {
        Validation.Builder errors = Validation.builder();
        errors.errorIf(event.titleId().isEmpty(), "titleId", "training.error.title");
        errors.errorIf(event.titleId().length() > TITLE_LENGTH, "titleId", "training.error.length", TITLE_LENGTH);
        errors.errorIf(event.titleEn().length() > TITLE_LENGTH, "titleEn", "training.error.length", TITLE_LENGTH);
        TrainingMember host = register.get(event.hostId());
        errors.errorIf(host == null, "host", "training.error.host");
        errors.errorIf(event.venue().isEmpty(), "venue", "training.error.venue");
        errors.errorIf(event.venue().length() > TEXT_LENGTH, "venue", "training.error.length", TEXT_LENGTH);
        if (event.startsOn() == null) {
            errors.error("startsOn", "training.error.startsOn");
        }
        if (event.endsOn() == null) {
            errors.error("endsOn", "training.error.endsOn");
        }
        if (event.startsOn() != null && event.endsOn() != null) {
            errors.errorIf(event.endsOn().isBefore(event.startsOn()), "endsOn", "training.error.endBeforeStart");
        }
        if (event.registrationDeadline() == null) {
            errors.error("registrationDeadline", "training.error.deadline");
        } else if (event.endsOn() != null) {
            errors.errorIf(event.registrationDeadline().isAfter(event.endsOn()), "registrationDeadline",
                    "training.error.deadlineAfterEnd");
        }
        errors.errorIf(event.capacity() < 1 || event.capacity() > MAX_CAPACITY, "capacity",
                "training.error.capacity", MAX_CAPACITY);
        errors.errorIf(event.memberQuota() != null && (event.memberQuota() < 1 || event.memberQuota() > MAX_CAPACITY),
                "memberQuota", "training.error.quota", MAX_CAPACITY);
        errors.errorIf(event.fee().isNegative(), "fee", "training.error.fee");
        errors.errorIf(event.feeCovers().length() > LONG_TEXT_LENGTH, "feeCovers", "training.error.length",
                LONG_TEXT_LENGTH);
        errors.errorIf(event.contactName().length() > NAME_LENGTH, "contactName", "training.error.length",
                NAME_LENGTH);
        errors.errorIf(event.contactPhone().length() > 100, "contactPhone", "training.error.length", 100);
        errors.errorIf(event.contactEmail().length() > NAME_LENGTH, "contactEmail", "training.error.length",
                NAME_LENGTH);
        errors.errorIf(!event.contactEmail().isEmpty() && !looksLikeEmail(event.contactEmail()), "contactEmail",
                "training.error.email");
        errors.errorIf(event.attendancePercent() < 1 || event.attendancePercent() > 100, "attendancePercent",
                "training.error.attendancePercent");
        return errors.build();
    }

    /** What a change to a stored event must keep: its sessions inside its days, seats for those holding them. */
    static Validation eventAgainst(TrainingEvent event, List<TrainingSession> sessions,
                                   List<Registration> registrations) {
        Validation.Builder errors = Validation.builder();
        if (event.startsOn() != null && event.endsOn() != null) {
            long outside = sessions.stream().filter(session -> !event.contains(session.heldOn())).count();
            errors.errorIf(outside > 0, "startsOn", "training.error.sessionsOutside", outside);
        }
        long seated = Seating.seated(registrations);
        errors.errorIf(event.capacity() < seated, "capacity", "training.error.capacityBelowRegistered",
                event.capacity(), seated);
        return errors.build();
    }

    static Validation session(TrainingSession session, TrainingEvent event) {
        Validation.Builder errors = Validation.builder();
        if (session.heldOn() == null) {
            errors.error("heldOn", "training.error.sessionDay");
        } else {
            errors.errorIf(!event.contains(session.heldOn()), "heldOn", "training.error.sessionOutside");
        }
        errors.errorIf(session.startsAt() == null, "startsAt", "training.error.sessionStart");
        errors.errorIf(session.endsAt() == null, "endsAt", "training.error.sessionEnd");
        if (session.startsAt() != null && session.endsAt() != null) {
            errors.errorIf(!session.endsAt().isAfter(session.startsAt()), "endsAt", "training.error.endBeforeStart");
        }
        errors.errorIf(session.topic().isEmpty(), "topic", "training.error.topic");
        errors.errorIf(session.topic().length() > TEXT_LENGTH, "topic", "training.error.length", TEXT_LENGTH);
        errors.errorIf(session.speaker().length() > 300, "speaker", "training.error.length", 300);
        errors.errorIf(event.status() == EventStatus.HELD || event.status() == EventStatus.CANCELLED, "event",
                "training.error.eventFinished", event.titleId());
        return errors.build();
    }

    /** A registration's own fields: a name, an institution, a well-formed e-mail, lengths. */
    static Validation person(Registration registration) {
        Validation.Builder errors = Validation.builder();
        errors.errorIf(registration.name().isEmpty(), "name", "training.error.personName");
        errors.errorIf(registration.name().length() > NAME_LENGTH, "name", "training.error.length", NAME_LENGTH);
        errors.errorIf(registration.institution().isEmpty(), "institution", "training.error.institution");
        errors.errorIf(registration.institution().length() > 300, "institution", "training.error.length", 300);
        errors.errorIf(registration.email().length() > NAME_LENGTH, "email", "training.error.length", NAME_LENGTH);
        errors.errorIf(!registration.email().isEmpty() && !looksLikeEmail(registration.email()), "email",
                "training.error.email");
        errors.errorIf(registration.cardNumber().length() > CARD_LENGTH, "cardNumber", "training.error.length",
                CARD_LENGTH);
        return errors.build();
    }

    static Validation fee(Fee fee, LocalDate today) {
        Validation.Builder errors = Validation.builder();
        errors.errorIf(fee.due().isNegative(), "due", "training.error.fee");
        errors.errorIf(fee.paid().isNegative(), "paid", "training.error.fee");
        errors.errorIf(fee.paid().compareTo(fee.due()) > 0, "paid", "training.error.paidMoreThanDue");
        boolean paidSomething = fee.paid().rupiah() > 0;
        if (paidSomething) {
            if (fee.paidOn() == null) {
                errors.error("paidOn", "training.error.paidOn");
            } else {
                errors.errorIf(fee.paidOn().isAfter(today), "paidOn", "training.error.paidOnFuture");
            }
            errors.errorIf(fee.receiptNumber().isEmpty(), "receiptNumber", "training.error.receiptNumber");
        }
        errors.errorIf(fee.receiptNumber().length() > RECEIPT_LENGTH, "receiptNumber", "training.error.length",
                RECEIPT_LENGTH);
        return errors.build();
    }

    static boolean looksLikeEmail(String text) {
        int at = text.indexOf('@');
        return at > 0 && at == text.lastIndexOf('@') && text.indexOf('.', at) > at + 1 && !text.endsWith(".")
                && text.chars().noneMatch(Character::isWhitespace);
    }

    static Money nonNegative(Money money) {
        return money == null ? Money.ZERO : money;
    }
}
