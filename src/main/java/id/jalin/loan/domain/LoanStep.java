package id.jalin.loan.domain;

import java.time.LocalDate;

/**
 * A step someone asks to take on a request, with what the step needs: a note (the reason for unfilled, the condition
 * for retry, the reason for a manual close; optional elsewhere) and a date (the expected supply date, the due date
 * when shipping, the new due date when granting a renewal; empty means the lender's rules decide).
 */
public record LoanStep(LoanAction action, String note, LocalDate date) {
    public LoanStep {
        note = note == null ? "" : note.strip();
    }

    public static LoanStep of(LoanAction action) {
        return new LoanStep(action, "", null);
    }

    public static LoanStep of(LoanAction action, String note) {
        return new LoanStep(action, note, null);
    }

    public static LoanStep on(LoanAction action, LocalDate date) {
        return new LoanStep(action, "", date);
    }
}
