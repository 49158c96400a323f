package id.jalin.agreement.domain;

import java.time.LocalDate;

/**
 * Where an obligation stands on a day: the next occurrence still open ({@code nextDue}, null when all are met),
 * how many occurrences have passed unmet, and the resulting standing.
 */
public record ObligationState(Standing standing, LocalDate nextDue, int overdueCount) {
    public enum Standing { FULFILLED, OVERDUE, DUE_SOON, OPEN }

    public boolean isOverdue() {
        return standing == Standing.OVERDUE;
    }
}
