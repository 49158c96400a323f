package id.jalin.training.domain;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;

/** One session of an event: the day, from start to end (Asia/Jakarta time), its topic and speaker. */
public record TrainingSession(Long id, long eventId, LocalDate heldOn, LocalTime startsAt, LocalTime endsAt,
                              String topic, String speaker, long version) {
    public TrainingSession {
        topic = TrainingEvent.clean(topic);
        speaker = TrainingEvent.clean(speaker);
    }

    public static TrainingSession of(long eventId, LocalDate heldOn, LocalTime startsAt, LocalTime endsAt,
                                     String topic, String speaker) {
        return new TrainingSession(null, eventId, heldOn, startsAt, endsAt, topic, speaker, 0);
    }

    /** How long it runs; zero when the times are missing or the wrong way round. */
    public Duration length() {
        if (startsAt == null || endsAt == null || !endsAt.isAfter(startsAt)) {
            return Duration.ZERO;
        }
        return Duration.between(startsAt, endsAt);
    }

    public String label() {
        return topic.isEmpty() ? String.valueOf(heldOn) : topic;
    }

    public TrainingSession stored(long newId, long newVersion) {
        return new TrainingSession(newId, eventId, heldOn, startsAt, endsAt, topic, speaker, newVersion);
    }
}
