package id.jalin.loan.domain;

import id.jalin.kernel.i18n.Labels;

/** The lists of requests one library's desk works from. */
@Labels("loan.view")
public enum LoanView {
    /** Requests the library made for its users. */
    OUTGOING,
    /** Requests the library is asked to lend now, or lent. */
    INCOMING,
    /** Out on loan past the due date, on either side. */
    OVERDUE,
    /** Requests whose next step is the library's. */
    WAITING_ON_ME,
    /** Every request of the forum (coordinators). */
    ALL
}
