package id.jalin.acquisition.domain;

import static id.jalin.acquisition.domain.Proposals.round;
import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.kernel.money.Money;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What the accepted lines cost and who pays: own copies to the member that asked, shared items by the rule, and
 * the warnings as the total approaches (90 %) and passes the budget and a member's cap.
 */
class RoundCostTest {
    @Test
    void ownCopiesGoToTheMemberThatAskedAndASubscriptionIsSharedByWeight() {
        PurchaseRound round = new PurchaseRound(7L, "R", 10, Money.of(100_000_000), Proposals.TODAY,
                RoundStatus.CLOSED, SplitRule.WEIGHTED, Map.of(10L, 1L, 20L, 2L), null, "", 1);
        ProposalLine own = priced(1, 10, false, 1_000_000, 2).decided(Decision.ACCEPTED, "");
        ProposalLine subscription = priced(2, 20, true, 10_000_000, 1).decided(Decision.ACCEPTED, "");
        ProposalLine pending = priced(3, 20, false, 5_000_000, 1);

        RoundCost cost = RoundCost.of(round, List.of(own, subscription, pending));

        assertThat(cost.total()).isEqualTo(Money.of(12_000_000));
        // 10,000,000 by weights 1 and 2: 3,333,333 (+1 to the larger fraction) and 6,666,667
        assertThat(cost.shares()).isEqualTo(Map.of(10L, Money.of(2_000_000 + 3_333_333),
                20L, Money.of(6_666_667)));
        assertThat(cost.shares().values().stream().mapToLong(Money::rupiah).sum()).isEqualTo(12_000_000);
        assertThat(cost.raised()).isEmpty();
    }

    @Test
    void theBudgetWarnsFromNinetyPercentAndWhenPassed() {
        PurchaseRound round = round(10, 10L).withStatus(RoundStatus.CLOSED);
        assertThat(levelFor(round, 89_999_999)).isEqualTo(WarningLevel.NONE);
        assertThat(levelFor(round, 90_000_000)).isEqualTo(WarningLevel.APPROACHING);
        assertThat(levelFor(round, 100_000_000)).isEqualTo(WarningLevel.APPROACHING);
        assertThat(levelFor(round, 100_000_001)).isEqualTo(WarningLevel.PASSED);
    }

    @Test
    void aMembersCapWarnsOnItsShare() {
        PurchaseRound round = round(10, 10L, 20L).withCap(Money.of(1_000_000));
        RoundCost cost = RoundCost.of(round, List.of(priced(1, 10, false, 950_000, 1).decided(Decision.ACCEPTED, ""),
                priced(2, 20, false, 1_200_000, 1).decided(Decision.ACCEPTED, "")));

        assertThat(cost.raised()).extracting(BudgetWarning::memberId, BudgetWarning::level).containsExactly(
                org.assertj.core.groups.Tuple.tuple(10L, WarningLevel.APPROACHING),
                org.assertj.core.groups.Tuple.tuple(20L, WarningLevel.PASSED));
    }

    private static WarningLevel levelFor(PurchaseRound round, long spent) {
        return RoundCost.of(round, List.of(priced(1, 10, false, spent, 1).decided(Decision.ACCEPTED, "")))
                .warnings().get(0).level();
    }

    private static ProposalLine priced(long id, long member, boolean shared, long price, int copies) {
        return new ProposalLine(id, 7, member, new Title("", "Judul " + id, "", "", null, ""), ItemFormat.PRINT,
                shared, "", Money.of(price), copies, 1, "", Decision.PENDING, "", 0, 1);
    }
}
