package id.jalin.redistribution.domain;

import id.jalin.kernel.i18n.Labels;

/** How an offer's copies go to the members that claim them (decision 0031). */
@Labels("redistribution.rule")
public enum AllocationRule {
    /** Each claim takes what is left as it arrives. */
    FIRST_COME,
    /** Decided once the closing date has passed: the smallest collections first, by the register. */
    SMALLER_FIRST
}
