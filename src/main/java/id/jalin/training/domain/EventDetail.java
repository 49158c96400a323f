package id.jalin.training.domain;

import java.time.Duration;
import java.util.List;

/** An event with its sessions in the order they run. */
public record EventDetail(TrainingEvent event, List<TrainingSession> sessions) {
    public EventDetail {
        sessions = List.copyOf(sessions);
    }

    /** The sessions' length together: the hours printed on the certificate. */
    public Duration totalTime() {
        return sessions.stream().map(TrainingSession::length).reduce(Duration.ZERO, Duration::plus);
    }
}
