package id.jalin.training.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Seats and the waiting list, worked out from the registrations as they stand under the event's lock. Only
 * participants take seats; the waiting list is in the order the registrations were made, and its first moves up
 * whenever a seat is free.
 */
final class Seating {
    private Seating() {
    }

    /** How many participants hold a seat. */
    static long seated(List<Registration> registrations) {
        return registrations.stream().filter(r -> r.role().takesSeat() && r.holdsPlace()).count();
    }

    /**
     * Decides a new registration: refused (the same person twice, the deadline, the event not open, the member's
     * quota), or stored holding a place or waiting for one.
     */
    static Registration place(Registration draft, EventState state, LocalDate today) {
        TrainingEvent event = state.event();
        for (Registration existing : state.registrations()) {
            if (existing.status().active() && existing.personKey().equals(draft.personKey())) {
                throw TrainingRefusal.because("person", "training.error.alreadyRegistered", draft.name(),
                        event.titleId());
            }
        }
        if (event.status() == EventStatus.CANCELLED || event.status() == EventStatus.HELD) {
            throw TrainingRefusal.because("event", "training.error.eventFinished", event.titleId());
        }
        if (!draft.role().takesSeat()) {
            return draft.withStatus(RegistrationStatus.REGISTERED);
        }
        if (!event.status().takesRegistrations()) {
            throw TrainingRefusal.because("event", "training.error.notOpen", event.titleId());
        }
        if (today.isAfter(event.registrationDeadline())) {
            throw TrainingRefusal.because("event", "training.error.afterDeadline");
        }
        if (event.memberQuota() != null && draft.memberId() != null) {
            long fromMember = state.registrations().stream().filter(r -> r.status().active()
                    && r.role().takesSeat() && draft.memberId().equals(r.memberId())).count();
            if (fromMember >= event.memberQuota()) {
                throw TrainingRefusal.because("person", "training.error.quotaReached", event.memberQuota(),
                        draft.institution());
            }
        }
        boolean waitingAlready = state.registrations().stream()
                .anyMatch(r -> r.status() == RegistrationStatus.WAITING);
        boolean seat = event.status() == EventStatus.OPEN && !waitingAlready
                && seated(state.registrations()) < event.capacity();
        return draft.withStatus(seat ? RegistrationStatus.REGISTERED : RegistrationStatus.WAITING);
    }

    /** The waiting participants to move up, in order, into the seats free at {@code capacity}. */
    static List<Registration> promotions(TrainingEvent event, List<Registration> registrations) {
        long free = event.capacity() - seated(registrations);
        List<Registration> promoted = new ArrayList<>();
        if (event.status() == EventStatus.CANCELLED || event.status() == EventStatus.HELD) {
            return promoted;
        }
        for (Registration registration : registrations) {
            if (free <= 0) {
                break;
            }
            if (registration.status() == RegistrationStatus.WAITING) {
                promoted.add(registration.withStatus(RegistrationStatus.REGISTERED));
                free--;
            }
        }
        return promoted;
    }
}
