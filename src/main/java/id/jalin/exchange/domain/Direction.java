package id.jalin.exchange.domain;

import id.jalin.kernel.i18n.Labels;

/** Which way a shipment went between the two members of a partnership. */
@Labels({})
public enum Direction {
    FIRST_TO_SECOND, SECOND_TO_FIRST;

    /** The direction seen from {@code memberId}'s desk: whether it sent this shipment. */
    public boolean sentBy(Partnership partnership, long memberId) {
        return this == FIRST_TO_SECOND ? partnership.firstMemberId() == memberId
                : partnership.secondMemberId() == memberId;
    }

    /** The direction in which {@code memberId} sends. */
    public static Direction sending(Partnership partnership, long memberId) {
        return partnership.firstMemberId() == memberId ? FIRST_TO_SECOND : SECOND_TO_FIRST;
    }
}
