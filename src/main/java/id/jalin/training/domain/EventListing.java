package id.jalin.training.domain;

/** A row of the event list: the event and how many participants hold a place and wait for one. */
public record EventListing(TrainingEvent event, int registered, int waiting) {
    public int freeSeats() {
        return Math.max(0, event.capacity() - registered);
    }
}
