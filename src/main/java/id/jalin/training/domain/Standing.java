package id.jalin.training.domain;

/**
 * One person's standing at an event: sessions attended of the event's sessions, whether that meets the rule, and the
 * number of the certificate issued to them (empty while none).
 */
public record Standing(Registration registration, int attended, int sessions, boolean qualifies,
                       String certificateNumber) {
    public boolean certified() {
        return !certificateNumber.isEmpty();
    }
}
