package id.jalin.loan.domain;

import id.jalin.kernel.i18n.Labels;
import java.time.LocalDate;

/**
 * A request the start screen points to: out on loan past its due date, or waiting for this desk's next step.
 *
 * @param date the due date it passed, or the day the request came to the desk's turn
 */
public record LoanReminder(Kind kind, LoanRequest request, LocalDate date) {
    @Labels("loan.reminder.kind")
    public enum Kind { OVERDUE, YOUR_TURN }
}
