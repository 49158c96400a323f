package id.jalin.loan.domain;

/**
 * One member's interlibrary figures for a period (requests made in it), as borrower and as lender.
 *
 * @param borrowed requests it made
 * @param borrowedFilled of those, supplied (received, copied, on loan or returned)
 * @param borrowTurnaroundDays average days from request to receipt, null when nothing was received
 * @param borrowOverdue its requests out on loan past their due date today
 * @param lent requests it was the supplying (or last asked) lender of
 * @param lentFilled of those, supplied
 * @param lendOverdue items it lent that are past their due date today
 */
public record MemberLoanFigures(long memberId, int borrowed, int borrowedFilled, Double borrowTurnaroundDays,
                                int borrowOverdue, int lent, int lentFilled, Double lendTurnaroundDays,
                                int lendOverdue) {
    public Double borrowFillRate() {
        return borrowed == 0 ? null : borrowedFilled / (double) borrowed;
    }

    public Double lendFillRate() {
        return lent == 0 ? null : lentFilled / (double) lent;
    }
}
