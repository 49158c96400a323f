package id.jalin.training.domain;

import java.util.List;

/** An event as it stands under its row lock, for the rules on seats, quotas and the waiting list. */
public record EventState(TrainingEvent event, List<TrainingSession> sessions, List<Registration> registrations) {
    public EventState {
        sessions = List.copyOf(sessions);
        registrations = List.copyOf(registrations);
    }
}
