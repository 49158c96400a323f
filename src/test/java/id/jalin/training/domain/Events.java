package id.jalin.training.domain;

import id.jalin.kernel.money.Money;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/** Events, sessions and registrations for the rule tests, built as values. */
final class Events {
    static final LocalDate DAY = LocalDate.of(2026, 12, 10);

    private Events() {
    }

    static TrainingEvent open(int capacity, Integer quota) {
        return new TrainingEvent(1L, EventKind.WORKSHOP, "Lokakarya RDA", "RDA workshop", 7, "Aula", DAY,
                DAY.plusDays(1), DAY.minusDays(3), capacity, quota, Money.of(150_000), "Makan siang", "Rina", "0812",
                "rina@contoh.id", TrainingEvent.ALL_SESSIONS, EventStatus.OPEN, 3);
    }

    static TrainingSession session(long id, LocalDate day) {
        return new TrainingSession(id, 1, day, LocalTime.of(9, 0), LocalTime.of(12, 0), "Topik " + id, "Dr. Asep", 1);
    }

    static Registration guest(long id, String name, Long memberId, RegistrationStatus status) {
        return new Registration(id, 1, memberId, null, name, "Instansi " + name, name.toLowerCase() + "@contoh.id",
                ParticipantRole.PARTICIPANT, status, BadgeCode.of(id), "", LocalDateTime.of(2026, 12, 1, 9, 0),
                Fee.due(Money.of(150_000)), 1);
    }

    static Registration draft(String name, Long memberId) {
        return new Registration(null, 1, memberId, null, name, "Instansi " + name, name.toLowerCase() + "@contoh.id",
                ParticipantRole.PARTICIPANT, null, "", "", LocalDateTime.of(2026, 12, 1, 9, 0),
                Fee.due(Money.of(150_000)), 0);
    }

    static EventState state(TrainingEvent event, Registration... registrations) {
        return new EventState(event, List.of(session(1, DAY)), new ArrayList<>(List.of(registrations)));
    }
}
