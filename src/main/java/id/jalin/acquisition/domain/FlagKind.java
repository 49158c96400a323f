package id.jalin.acquisition.domain;

import id.jalin.kernel.i18n.Labels;

/** Why a proposal line may buy something twice. */
@Labels("acquisition.flag")
public enum FlagKind {
    /** A member already holds it, says the union catalogue. */
    HELD_BY_MEMBER,
    /** Another line of the same round asks for it: one order line with copies per member. */
    SAME_ROUND,
    /** An earlier round ordered it. */
    EARLIER_ORDER
}
