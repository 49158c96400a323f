package id.jalin.acquisition.print;

import id.jalin.kernel.money.Money;
import java.util.Objects;

/**
 * One member's part of a round in its summary.
 *
 * @param copies the member's own copies (items bought for all are counted under their format, not here)
 * @param own what its own copies cost
 * @param shared its share of the items bought for all
 * @param cap the most it agreed to spend in the round, or null when the round sets no cap
 */
public record MemberSpend(Participant member, int copies, Money own, Money shared, Money cap) {
    public MemberSpend {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(own, "own");
        Objects.requireNonNull(shared, "shared");
        if (copies < 0 || own.isNegative() || shared.isNegative() || (cap != null && cap.isNegative())) {
            throw new IllegalArgumentException("A member's copies and amounts cannot be negative");
        }
    }

    public Money total() {
        return own.plus(shared);
    }

    /** Whether the member's total passes its cap. */
    public boolean overCap() {
        return cap != null && total().compareTo(cap) > 0;
    }
}
