package id.jalin.loan.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One line of a request's history: who took which step, when, with which lender, and what the request became.
 *
 * @param by the signature of the person signed in ("Jalin" for a step Jalin took itself)
 */
public record LoanEvent(LocalDateTime at, String by, LoanAction action, Long lenderId, LoanState stateAfter,
                        String note, LocalDate date) {
    public LoanEvent {
        note = note == null ? "" : note;
    }
}
