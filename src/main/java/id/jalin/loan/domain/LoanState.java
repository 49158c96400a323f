package id.jalin.loan.domain;

import id.jalin.kernel.i18n.Labels;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where a request stands, after the statuses of ISO 18626 v1.2: both sides read the same state, each with its own
 * view of what it has to do next. Overdue is not a state: it is read from the due date and today
 * ({@link LoanRequest#overdueOn}).
 */
@Labels("loan.state")
public enum LoanState {
    /** Waiting for the lender currently asked to answer. */
    REQUESTED,
    WILL_SUPPLY,
    /** The lender will supply by a date it gave. */
    EXPECT_TO_SUPPLY,
    /** The lender could supply under a condition ("reading room only"); the borrower accepts or declines. */
    RETRY_POSSIBLE,
    /** On loan: the lender sent it, with its due date. */
    SHIPPED,
    RECEIVED,
    RENEWAL_ASKED,
    RECALLED,
    SHIPPED_BACK,
    /** The lender has its item back: the loan is complete. */
    CHECKED_IN,
    /** The copy reached the borrower: a copy request is complete. */
    COPY_DELIVERED,
    /** Every lender in the rota answered unfilled. */
    UNFILLED,
    CANCELLED,
    CLOSED;

    private static final Set<LoanState> FINISHED = EnumSet.of(CHECKED_IN, COPY_DELIVERED, UNFILLED, CANCELLED, CLOSED);
    private static final Set<LoanState> OUT_ON_LOAN = EnumSet.of(SHIPPED, RECEIVED, RENEWAL_ASKED, RECALLED);
    private static final Set<LoanState> BEFORE_SHIPPING = EnumSet.of(REQUESTED, WILL_SUPPLY, EXPECT_TO_SUPPLY,
            RETRY_POSSIBLE);

    public boolean finished() {
        return FINISHED.contains(this);
    }

    /** The item is away from its lender and not yet sent back: the states in which it can be overdue. */
    public boolean outOnLoan() {
        return OUT_ON_LOAN.contains(this);
    }

    public boolean beforeShipping() {
        return BEFORE_SHIPPING.contains(this);
    }

    public static Set<LoanState> outOnLoanStates() {
        return EnumSet.copyOf(OUT_ON_LOAN);
    }

    public static Set<LoanState> finishedStates() {
        return EnumSet.copyOf(FINISHED);
    }
}
