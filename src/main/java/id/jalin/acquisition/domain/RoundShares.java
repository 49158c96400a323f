package id.jalin.acquisition.domain;

import id.jalin.kernel.money.Money;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What each member of a round pays: its own copies in full, plus its share of the items bought for all, divided by
 * the round's rule ({@link CostSplit}). The shares always add up to the cost of the lines, to the Rupiah.
 */
public final class RoundShares {
    private RoundShares() {
    }

    /**
     * @param participants the members taking part, each with its weight (for {@link SplitRule#WEIGHTED}) or its
     *        agreed share in hundredths of a percent (for {@link SplitRule#FIXED_PERCENT}); ignored for the others
     */
    public static Map<Long, Money> of(SplitRule rule, List<CostLine> lines, Map<Long, Long> participants) {
        Map<Long, Money> shares = new TreeMap<>();
        participants.keySet().forEach(member -> shares.put(member, Money.ZERO));
        Money shared = Money.ZERO;
        for (CostLine line : lines) {
            if (line.isShared()) {
                shared = shared.plus(line.cost());
            } else {
                shares.merge(line.memberId(), line.cost(), Money::plus);
            }
        }
        if (shared.rupiah() > 0) {
            Map<Long, Money> split = switch (rule) {
                case OWN_COPIES, EQUAL -> CostSplit.equally(shared, List.copyOf(participants.keySet()));
                case WEIGHTED -> CostSplit.byWeight(shared, participants);
                case FIXED_PERCENT -> CostSplit.byPercentages(shared, participants);
            };
            split.forEach((member, part) -> shares.merge(member, part, Money::plus));
        }
        return shares;
    }
}
