package id.jalin.training.domain;

import id.jalin.forum.domain.LetterNumbering;
import id.jalin.kernel.validation.Validation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Certificates: who may have one, numbering it once from the year's running series, and reading it back with all
 * that is printed on it, for the papers and for checking a number.
 */
final class Certificates {
    static final String SERIES = "SERT";
    private final TrainingRepository repository;
    private final Supplier<String> forumCode;

    Certificates(TrainingRepository repository, Supplier<String> forumCode) {
        this.repository = repository;
        this.forumCode = forumCode;
    }

    /**
     * Whether the person may have a certificate: one already issued is always theirs; a new one needs a held event,
     * a place at it and the attendance rule met (the reason says how many sessions were attended and needed).
     */
    Validation check(AttendanceRecord record, Registration registration) {
        Validation.Builder errors = Validation.builder();
        if (!repository.certificatesOf(List.of(registration.id())).isEmpty()) {
            return errors.build();
        }
        TrainingEvent event = record.detail().event();
        errors.errorIf(event.status() != EventStatus.HELD, "event", "training.error.notHeld", event.titleId());
        errors.errorIf(!registration.holdsPlace(), "registration", "training.error.noPlace", registration.name());
        int sessions = record.detail().sessions().size();
        int attended = record.attendedBy(registration.id());
        errors.errorIf(registration.holdsPlace() && !AttendanceRule.met(attended, sessions, event.attendancePercent()),
                "registration", "training.error.ruleNotMet", registration.name(), attended, sessions,
                AttendanceRule.sessionsNeeded(sessions, event.attendancePercent()), event.attendancePercent());
        return errors.build();
    }

    /** The registration's certificate: the one it has, or a new one numbered 001/SERT/FORUM/XII/2026. */
    Certificate certify(Registration registration, LocalDate today, String issuedBy) {
        String code = forumCode.get();
        return repository.certify(registration, today,
                sequence -> LetterNumbering.format(sequence, SERIES, code, today), issuedBy);
    }

    /** Every certificate of the event in the order registered. */
    List<IssuedCertificate> of(EventDetail detail) {
        List<Registration> registrations = repository.registrations(detail.event().id());
        Map<Long, Certificate> byRegistration = new HashMap<>();
        for (Certificate certificate : repository.certificatesOf(registrations.stream().map(Registration::id)
                .toList())) {
            byRegistration.put(certificate.registrationId(), certificate);
        }
        List<IssuedCertificate> issued = new ArrayList<>();
        for (Registration registration : registrations) {
            Certificate certificate = byRegistration.get(registration.id());
            if (certificate != null) {
                issued.add(issued(certificate, registration, detail));
            }
        }
        return issued;
    }

    /** The certificate with this number (case and surrounding blanks aside), with all printed on it. */
    Optional<IssuedCertificate> verify(String number, Function<Long, Optional<EventDetail>> details) {
        String typed = number == null ? "" : number.strip().toUpperCase(Locale.ROOT);
        if (typed.isEmpty()) {
            return Optional.empty();
        }
        return repository.certificate(typed).flatMap(certificate -> repository.registration(
                certificate.registrationId()).flatMap(registration -> details.apply(registration.eventId())
                .map(detail -> issued(certificate, registration, detail))));
    }

    static IssuedCertificate issued(Certificate certificate, Registration registration, EventDetail detail) {
        TrainingEvent event = detail.event();
        return new IssuedCertificate(certificate.number(), certificate.issuedOn(), certificate.issuedBy(),
                registration.id(), registration.name(), registration.institution(), registration.role(), event.id(),
                event.kind(), event.titleId(), event.titleEn(), event.startsOn(), event.endsOn(), detail.totalTime());
    }
}
