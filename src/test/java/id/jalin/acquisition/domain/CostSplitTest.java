package id.jalin.acquisition.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.jalin.kernel.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/**
 * Exact cost splits: worked examples a coordinator can check by hand, and properties over random totals and
 * weights (jqwik): the shares add up to the total to the Rupiah, each is within one Rupiah of its exact proportion,
 * and the order the members are listed in changes nothing.
 */
class CostSplitTest {
    @Test
    void tenRupiahAmongThreeGoesFourThreeThreeToTheLowestIdOnATie() {
        assertThat(CostSplit.equally(Money.of(10), List.of(3L, 1L, 2L)))
                .containsExactly(Map.entry(1L, Money.of(4)), Map.entry(2L, Money.of(3)), Map.entry(3L, Money.of(3)));
    }

    @Test
    void aSubscriptionSharedByCollectionSize() {
        // 12,500,000 by collections of 2,000, 30,000 and 68,000 titles: 250,000 / 3,750,000 / 8,500,000 exactly
        Map<Long, Money> shares = CostSplit.byWeight(Money.of(12_500_000), Map.of(1L, 2_000L, 2L, 30_000L,
                3L, 68_000L));

        assertThat(shares).containsExactly(Map.entry(1L, Money.of(250_000)), Map.entry(2L, Money.of(3_750_000)),
                Map.entry(3L, Money.of(8_500_000)));
    }

    @Test
    void theLeftoverRupiahGoToTheLargestFractionsFirst() {
        // 100 by 1:1:1 is 33.33 each, one left: the tie goes to the lowest id; by 2:1 it is 66.67 / 33.33
        assertThat(CostSplit.byWeight(Money.of(100), Map.of(7L, 2L, 9L, 1L)))
                .containsExactly(Map.entry(7L, Money.of(67)), Map.entry(9L, Money.of(33)));
    }

    @Test
    void agreedPercentagesMustMakeAHundred() {
        assertThat(CostSplit.byPercentages(Money.of(1_000_000), Map.of(1L, 5_000L, 2L, 3_333L, 3L, 1_667L)))
                .containsExactly(Map.entry(1L, Money.of(500_000)), Map.entry(2L, Money.of(333_300)),
                        Map.entry(3L, Money.of(166_700)));
        assertThatThrownBy(() -> CostSplit.byPercentages(Money.of(1_000), Map.of(1L, 5_000L, 2L, 4_000L)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRoundChargesOwnCopiesToTheirMemberAndSplitsTheSharedItems() {
        List<CostLine> lines = List.of(CostLine.own(1, Money.of(450_000)), CostLine.own(2, Money.of(1_200_000)),
                CostLine.shared(Money.of(9_000_001)));

        Map<Long, Money> shares = RoundShares.of(SplitRule.EQUAL, lines, Map.of(1L, 1L, 2L, 1L, 3L, 1L));

        assertThat(shares).containsExactly(Map.entry(1L, Money.of(450_000 + 3_000_001)),
                Map.entry(2L, Money.of(1_200_000 + 3_000_000)), Map.entry(3L, Money.of(3_000_000)));
    }

    @Provide
    Arbitrary<Map<Long, Long>> weights() {
        return Arbitraries.longs().between(1, 1_000_000).list().ofMinSize(1).ofMaxSize(50).map(list -> {
            Map<Long, Long> weights = new TreeMap<>();
            for (int i = 0; i < list.size(); i++) {
                weights.put((long) (i * 7 + 3), list.get(i));
            }
            return weights;
        });
    }

    @Property
    void sharesAlwaysAddUpToTheTotal(@ForAll @LongRange(min = 0, max = 1_000_000_000_000L) long total,
                                     @ForAll("weights") Map<Long, Long> weights) {
        Map<Long, Money> shares = CostSplit.byWeight(Money.of(total), weights);

        assertThat(shares.values().stream().mapToLong(Money::rupiah).sum()).isEqualTo(total);
        assertThat(shares.keySet()).isEqualTo(weights.keySet());
    }

    @Property
    void eachShareIsWithinOneRupiahOfItsExactProportion(
            @ForAll @LongRange(min = 0, max = 1_000_000_000_000L) long total, @ForAll("weights") Map<Long, Long> weights) {
        Map<Long, Money> shares = CostSplit.byWeight(Money.of(total), weights);
        BigDecimal all = BigDecimal.valueOf(weights.values().stream().mapToLong(Long::longValue).sum());

        weights.forEach((member, weight) -> {
            BigDecimal exact = BigDecimal.valueOf(total).multiply(BigDecimal.valueOf(weight))
                    .divide(all, 6, RoundingMode.HALF_EVEN);
            assertThat(BigDecimal.valueOf(shares.get(member).rupiah()).subtract(exact).abs())
                    .isLessThan(BigDecimal.ONE);
        });
    }

    @Property
    void theOrderMembersAreListedInChangesNothing(@ForAll @LongRange(min = 0, max = 10_000_000_000L) long total,
                                                 @ForAll("weights") Map<Long, Long> weights) {
        List<Map.Entry<Long, Long>> shuffled = new ArrayList<>(weights.entrySet());
        Collections.reverse(shuffled);
        Map<Long, Long> reversed = new LinkedHashMap<>();
        shuffled.forEach(entry -> reversed.put(entry.getKey(), entry.getValue()));

        assertThat(CostSplit.byWeight(Money.of(total), reversed)).isEqualTo(CostSplit.byWeight(Money.of(total),
                weights));
    }

    @Property
    void equalSharesDifferByAtMostOneRupiah(@ForAll @LongRange(min = 0, max = 1_000_000_000L) long total,
                                            @ForAll @LongRange(min = 1, max = 60) long members) {
        List<Long> ids = new ArrayList<>();
        for (long id = 1; id <= members; id++) {
            ids.add(id);
        }
        Map<Long, Money> shares = CostSplit.equally(Money.of(total), ids);
        long most = shares.values().stream().mapToLong(Money::rupiah).max().orElseThrow();
        long least = shares.values().stream().mapToLong(Money::rupiah).min().orElseThrow();

        assertThat(most - least).isLessThanOrEqualTo(1);
        assertThat(shares.values().stream().mapToLong(Money::rupiah).sum()).isEqualTo(total);
    }

    @Property
    void aRoundsSharesAddUpToItsLines(@ForAll("lines") List<CostLine> lines, @ForAll("weights") Map<Long, Long> weights) {
        Map<Long, Long> participants = new TreeMap<>(weights);
        lines.stream().filter(line -> !line.isShared()).forEach(line -> participants.putIfAbsent(line.memberId(), 1L));

        Map<Long, Money> shares = RoundShares.of(SplitRule.WEIGHTED, lines, participants);

        assertThat(shares.values().stream().mapToLong(Money::rupiah).sum())
                .isEqualTo(lines.stream().mapToLong(line -> line.cost().rupiah()).sum());
    }

    @Provide
    Arbitrary<List<CostLine>> lines() {
        Arbitrary<CostLine> own = Arbitraries.longs().between(1, 200).flatMap(member ->
                Arbitraries.longs().between(0, 50_000_000).map(cost -> CostLine.own(member, Money.of(cost))));
        Arbitrary<CostLine> shared = Arbitraries.longs().between(0, 500_000_000).map(cost ->
                CostLine.shared(Money.of(cost)));
        return Arbitraries.oneOf(own, shared).list().ofMaxSize(40);
    }
}
