package id.jalin.acquisition.domain;

import id.jalin.kernel.i18n.Labels;

/** The coordinator's decision on a proposal line. */
@Labels("acquisition.decision")
public enum Decision {
    /** Not decided yet. */
    PENDING,
    /** To be bought; nothing flagged it. */
    ACCEPTED,
    /** To be bought although a duplicate check flagged it, for the reason given (a worn copy, heavy demand). */
    ACCEPTED_DESPITE_FLAG,
    /** Not to be bought, for the reason given. */
    DROPPED;

    public boolean accepted() {
        return this == ACCEPTED || this == ACCEPTED_DESPITE_FLAG;
    }
}
