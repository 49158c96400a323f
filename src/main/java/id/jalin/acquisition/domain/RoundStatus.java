package id.jalin.acquisition.domain;

import id.jalin.kernel.i18n.Labels;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where a purchase round stands. Members propose while it is open; closing freezes the proposals (the coordinator
 * may reopen it, with a reason); the coordinating library orders, receives and completes it. A round may be called
 * off until its order goes out.
 */
@Labels("acquisition.status")
public enum RoundStatus {
    OPEN, CLOSED, ORDERED, RECEIVED, COMPLETED, CANCELLED;

    /** The statuses a round may be moved to from this one. */
    public Set<RoundStatus> next() {
        return switch (this) {
            case OPEN -> EnumSet.of(CLOSED, CANCELLED);
            case CLOSED -> EnumSet.of(OPEN, ORDERED, CANCELLED);
            case ORDERED -> EnumSet.of(RECEIVED);
            case RECEIVED -> EnumSet.of(COMPLETED);
            case COMPLETED, CANCELLED -> EnumSet.noneOf(RoundStatus.class);
        };
    }

    public boolean mayMoveTo(RoundStatus to) {
        return next().contains(to);
    }

    /** Whether the coordinator still decides on lines: until the order goes out. */
    public boolean decisionsOpen() {
        return this == OPEN || this == CLOSED;
    }

    /** Whether the round's accepted lines were ordered: what later rounds are checked against. */
    public boolean ordered() {
        return this == ORDERED || this == RECEIVED || this == COMPLETED;
    }
}
