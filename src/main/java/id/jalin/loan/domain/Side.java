package id.jalin.loan.domain;

import id.jalin.kernel.i18n.Labels;

/**
 * Who takes a step on a request: the borrowing library (which asks on its user's behalf and answers for the item),
 * the lending library currently asked, a coordinator (closing a request stuck because a side went quiet), or Jalin
 * itself (moving a request on to the next lender in the rota).
 */
@Labels("loan.side")
public enum Side {
    BORROWER, LENDER, COORDINATOR, JALIN
}
