package id.jalin.redistribution.domain;

import id.jalin.kernel.i18n.Labels;

/**
 * A claim's way: waiting for the rule to decide (smaller libraries first), then either copies allocated and handed
 * over (agreed, shipped, received) or none allocated.
 */
@Labels("redistribution.claim")
public enum ClaimState {
    WAITING, AGREED, SHIPPED, RECEIVED, NOT_ALLOCATED;

    /** An allocation on its way to the receiver: what the hand-over list shows. */
    public boolean toBeHandedOver() {
        return this == AGREED || this == SHIPPED;
    }
}
