package id.jalin.acquisition.print;

import id.jalin.acquisition.domain.CostSplit;
import id.jalin.acquisition.domain.SplitRule;
import java.util.Objects;

/**
 * The round's rule for items bought for all and where the member stands in it, so that its statement can say in
 * words how its share was reckoned and the member can check it by hand.
 *
 * @param participants how many members share the items bought for all
 * @param memberWeight the member's weight ({@link SplitRule#WEIGHTED}) or agreed share in hundredths of a percent
 *        ({@link SplitRule#FIXED_PERCENT}); 1 for the equal rules
 * @param totalWeight all participants' weights together (10,000 for percentages); {@code participants} for the
 *        equal rules
 */
public record SplitBasis(SplitRule rule, int participants, long memberWeight, long totalWeight) {
    public SplitBasis {
        Objects.requireNonNull(rule, "rule");
        if (participants < 1 || memberWeight < 0 || totalWeight < 1 || memberWeight > totalWeight) {
            throw new IllegalArgumentException("A split needs participants and a weight within the total");
        }
    }

    public static SplitBasis ownCopies(int participants) {
        return new SplitBasis(SplitRule.OWN_COPIES, participants, 1, participants);
    }

    public static SplitBasis equal(int participants) {
        return new SplitBasis(SplitRule.EQUAL, participants, 1, participants);
    }

    public static SplitBasis weighted(int participants, long memberWeight, long totalWeight) {
        return new SplitBasis(SplitRule.WEIGHTED, participants, memberWeight, totalWeight);
    }

    /** @param basisPoints the member's agreed share in hundredths of a percent (33.33 % = 3,333) */
    public static SplitBasis percentage(int participants, long basisPoints) {
        return new SplitBasis(SplitRule.FIXED_PERCENT, participants, basisPoints, CostSplit.FULL);
    }
}
