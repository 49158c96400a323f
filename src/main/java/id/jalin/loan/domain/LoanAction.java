package id.jalin.loan.domain;

import id.jalin.kernel.i18n.Labels;

/**
 * A step one side takes on a request (or Jalin takes for it), each named by what a person does at the desk. The
 * history keeps every step with who took it, when, and any note or date.
 */
@Labels("loan.action")
public enum LoanAction {
    REQUEST(Side.BORROWER),
    WILL_SUPPLY(Side.LENDER),
    EXPECT_TO_SUPPLY(Side.LENDER),
    UNFILLED(Side.LENDER),
    RETRY_POSSIBLE(Side.LENDER),
    ACCEPT_CONDITION(Side.BORROWER),
    DECLINE_CONDITION(Side.BORROWER),
    SHIP(Side.LENDER),
    DELIVER_COPY(Side.LENDER),
    RECEIVE(Side.BORROWER),
    CANCEL(Side.BORROWER),
    ASK_RENEWAL(Side.BORROWER),
    GRANT_RENEWAL(Side.LENDER),
    REFUSE_RENEWAL(Side.LENDER),
    RECALL(Side.LENDER),
    SHIP_BACK(Side.BORROWER),
    CHECK_IN(Side.LENDER),
    CLOSE(Side.COORDINATOR),
    /** Jalin asks the next lender in the rota after an unfilled answer or a declined condition. */
    NEXT_LENDER(Side.JALIN);

    private final Side side;

    LoanAction(Side side) {
        this.side = side;
    }

    public Side side() {
        return side;
    }
}
