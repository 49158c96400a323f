package id.jalin.loan.domain;

/**
 * A member Jalin proposes to ask, with what the borrower orders the rota by.
 *
 * @param callNumbers the member's call numbers for the work, joined for display
 * @param openRequests requests it is asked now and has not finished
 */
public record LenderChoice(LoanMember member, int copies, String callNumbers, int openRequests) {
}
