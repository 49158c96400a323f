package id.jalin.acquisition.domain;

import id.jalin.kernel.money.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a round's accepted lines cost and who pays what: each member's own copies in full, the items bought for all
 * by the round's rule ({@link RoundShares}), and the warnings against the budget and each member's cap.
 *
 * @param shares each participant's share (and any member with own copies), by member id; adding up to {@code total}
 */
public record RoundCost(Money total, Map<Long, Money> shares, List<BudgetWarning> warnings) {
    public RoundCost {
        shares = Map.copyOf(shares);
        warnings = List.copyOf(warnings);
    }

    public static RoundCost of(PurchaseRound round, List<ProposalLine> lines) {
        List<CostLine> costs = lines.stream().filter(line -> line.decision().accepted()).map(ProposalLine::costLine)
                .toList();
        Money total = costs.stream().map(CostLine::cost).reduce(Money.ZERO, Money::plus);
        Map<Long, Money> shares = round.participants().isEmpty() && costs.stream().anyMatch(CostLine::isShared)
                ? Map.of() : RoundShares.of(round.splitRule(), costs, round.participants());
        List<BudgetWarning> warnings = new ArrayList<>();
        warnings.add(new BudgetWarning(null, total, round.budget(),
                WarningLevel.of(total.rupiah(), round.budget().rupiah())));
        if (round.memberCap() != null) {
            shares.forEach((member, share) -> warnings.add(new BudgetWarning(member, share, round.memberCap(),
                    WarningLevel.of(share.rupiah(), round.memberCap().rupiah()))));
        }
        return new RoundCost(total, shares, warnings);
    }

    /** The warnings worth showing: those approaching or past their limit. */
    public List<BudgetWarning> raised() {
        return warnings.stream().filter(warning -> warning.level() != WarningLevel.NONE).toList();
    }
}
