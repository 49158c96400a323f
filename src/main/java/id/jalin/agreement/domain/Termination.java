package id.jalin.agreement.domain;

import java.time.LocalDate;

/** An agreement ended early, on a date, for a reason. */
public record Termination(LocalDate on, String reason) {
    public Termination {
        reason = reason == null ? "" : reason.strip();
    }
}
