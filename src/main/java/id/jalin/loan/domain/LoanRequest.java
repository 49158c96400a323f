package id.jalin.loan.domain;

import id.jalin.kernel.money.Money;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * One interlibrary request, seen the same by both sides: the borrowing library asks on its user's behalf, the
 * lenders of the rota are asked in turn, and the one that supplies lends the item (or sends a copy).
 *
 * @param id null until stored
 * @param number the printed number ({@link LoanNumber}); empty until stored
 * @param remoteId the requesting library's own id for a request read from an ISO 18626 message (its system's
 *        number), by which its later messages find the request; empty for a request made in Jalin
 * @param copyrightNote for a copy: the borrower's statement that the copy is for private study within the law
 * @param rota the lenders in the order they are asked; {@code position} is the one asked now (1-based)
 * @param condition the condition the lender offered (retry possible), kept for the history of the request
 * @param expectedOn the date the lender expects to supply by
 * @param renewalsAllowed fixed from the lender's rules when it ships, so a later change of rules does not reach
 *        a loan already out
 * @param fee the lender's fee for the request, fixed when it supplies
 * @param receivedAt when the borrower received the item or the copy (turnaround ends here)
 * @param version the stale-record check: a step taken on an older version is refused
 */
public record LoanRequest(Long id, String number, String remoteId, long borrowerId, Patron patron, ServiceKind service,
                          RequestedItem item, String copyrightNote, LocalDate neededBy, String note,
                          List<RotaEntry> rota, int position, LoanState state, String condition,
                          LocalDate expectedOn, LocalDate shippedOn, LocalDate dueOn, int renewalsUsed,
                          int renewalsAllowed, Money fee, LocalDateTime requestedAt, LocalDateTime receivedAt,
                          LocalDateTime lastChange, long version) {
    public LoanRequest {
        number = number == null ? "" : number;
        remoteId = remoteId == null ? "" : remoteId;
        copyrightNote = copyrightNote == null ? "" : copyrightNote.strip();
        note = note == null ? "" : note.strip();
        rota = List.copyOf(rota);
        condition = condition == null ? "" : condition;
        fee = fee == null ? Money.ZERO : fee;
    }

    /** The lender asked now (or, once the request ended, the last one asked). */
    public long lenderId() {
        return rota.get(position - 1).lenderId();
    }

    public RotaEntry currentRota() {
        return rota.get(position - 1);
    }

    /** Out on loan past its due date: the borrower must send it back, the lender is waiting for it. */
    public boolean overdueOn(LocalDate today) {
        return state.outOnLoan() && dueOn != null && dueOn.isBefore(today);
    }

    public long daysOverdueOn(LocalDate today) {
        return overdueOn(today) ? ChronoUnit.DAYS.between(dueOn, today) : 0;
    }

    public String label() {
        return number.isEmpty() ? item.title() : number;
    }

    LoanRequest with(List<RotaEntry> newRota, int newPosition, LoanState newState) {
        return new LoanRequest(id, number, remoteId, borrowerId, patron, service, item, copyrightNote, neededBy,
                note, newRota, newPosition, newState, condition, expectedOn, shippedOn, dueOn, renewalsUsed,
                renewalsAllowed, fee,
                requestedAt, receivedAt, lastChange, version);
    }

    LoanRequest withDates(String newCondition, LocalDate newExpected, LocalDate newShipped, LocalDate newDue,
                          int newRenewalsUsed, int newRenewalsAllowed, Money newFee, LocalDateTime newReceived,
                          LocalDateTime changedAt) {
        return new LoanRequest(id, number, remoteId, borrowerId, patron, service, item, copyrightNote, neededBy,
                note, rota, position, state, newCondition, newExpected, newShipped, newDue, newRenewalsUsed,
                newRenewalsAllowed,
                newFee, requestedAt, newReceived, changedAt, version);
    }

    public LoanRequest stored(long newId, String newNumber, long newVersion) {
        return new LoanRequest(newId, newNumber, remoteId, borrowerId, patron, service, item, copyrightNote,
                neededBy, note,
                rota, position, state, condition, expectedOn, shippedOn, dueOn, renewalsUsed, renewalsAllowed, fee,
                requestedAt, receivedAt, lastChange, newVersion);
    }
}
