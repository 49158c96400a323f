package id.jalin.agreement.domain;

import id.jalin.kernel.i18n.Labels;

import java.time.LocalDate;

/**
 * Where an obligation stands on a day: the next occurrence still open ({@code nextDue}, null when all are met),
 * how many occurrences have passed unmet, and the resulting standing.
 */
public record ObligationState(Standing standing, LocalDate nextDue, int overdueCount) {
    @Labels({}) // shown as the reminder kind or a colour, never by name
    public enum Standing { FULFILLED, OVERDUE, DUE_SOON, OPEN }

    public boolean isOverdue() {
        return standing == Standing.OVERDUE;
    }
}
