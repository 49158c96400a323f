package id.jalin.acquisition.domain;

import id.jalin.kernel.i18n.Labels;

/** How near the accepted lines are to a budget or a member's cap. */
@Labels("acquisition.warning")
public enum WarningLevel {
    /** Below 90 %. */
    NONE,
    /** 90 % or more, up to the limit. */
    APPROACHING,
    /** Over the limit. */
    PASSED;

    /** The level of {@code spent} against {@code limit}: approaching from 90 %, passed above the limit. */
    public static WarningLevel of(long spent, long limit) {
        if (spent > limit) {
            return PASSED;
        }
        // 10 * spent >= 9 * limit, kept in whole numbers so no rounding decides a warning
        return Math.multiplyExact(spent, 10L) >= Math.multiplyExact(limit, 9L) ? APPROACHING : NONE;
    }
}
