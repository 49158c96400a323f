package id.jalin.acquisition.domain;

import id.jalin.kernel.i18n.Labels;

/**
 * How a round shares the cost of what is bought for all (a subscription every member uses); a member's own copies
 * are always charged to the member that asked for them.
 */
@Labels("acquisition.split")
public enum SplitRule {
    /** Each member pays for its own copies; shared items are split equally. */
    OWN_COPIES,
    /** Equal shares among the participating members. */
    EQUAL,
    /** In proportion to a weight per member: its dues class, its collection size, or a number typed in. */
    WEIGHTED,
    /** Fixed percentages agreed in the round, adding up to 100. */
    FIXED_PERCENT
}
