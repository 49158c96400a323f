package id.jalin.acquisition.domain;

import id.jalin.kernel.money.Money;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Divides a sum of whole Rupiah among members in proportion to their weights so that the shares add up to the sum
 * exactly. Each member first gets the whole Rupiah of its exact share (rounded down); the Rupiah left over go one
 * each to the members with the largest dropped fractions, and between equal fractions to the heavier weight, then
 * to the lower member id (the largest-remainder method, stated so that anyone can check a statement by hand).
 */
public final class CostSplit {
    private CostSplit() {
    }

    /** Equal shares: no two differ by more than one Rupiah. */
    public static Map<Long, Money> equally(Money total, List<Long> members) {
        Map<Long, Long> weights = new TreeMap<>();
        members.forEach(member -> weights.put(member, 1L));
        return byWeight(total, weights);
    }

    /**
     * Shares in proportion to {@code weights}.
     *
     * @param weights each member's weight, at least 1 (members with no weight take no share: leave them out)
     * @throws IllegalArgumentException for a negative total, no members or a weight below 1 (the rules refuse those
     *         before a split is asked for)
     */
    public static Map<Long, Money> byWeight(Money total, Map<Long, Long> weights) {
        if (total.isNegative() || weights.isEmpty() || weights.values().stream().anyMatch(weight -> weight < 1)) {
            throw new IllegalArgumentException("A split needs a total of 0 or more and weights of 1 or more");
        }
        BigInteger sum = BigInteger.valueOf(total.rupiah());
        BigInteger allWeights = weights.values().stream().map(BigInteger::valueOf).reduce(BigInteger.ZERO,
                BigInteger::add);
        List<Share> shares = new ArrayList<>();
        long given = 0;
        for (Map.Entry<Long, Long> entry : new TreeMap<>(weights).entrySet()) {
            BigInteger[] division = sum.multiply(BigInteger.valueOf(entry.getValue())).divideAndRemainder(allWeights);
            shares.add(new Share(entry.getKey(), entry.getValue(), division[0].longValueExact(), division[1]));
            given += division[0].longValueExact();
        }
        long left = total.rupiah() - given;
        shares.sort(Comparator.comparing(Share::remainder).reversed()
                .thenComparing(Comparator.comparingLong(Share::weight).reversed())
                .thenComparingLong(Share::member));
        Map<Long, Money> result = new TreeMap<>();
        for (int i = 0; i < shares.size(); i++) {
            Share share = shares.get(i);
            result.put(share.member(), Money.of(share.whole() + (i < left ? 1 : 0)));
        }
        return result;
    }

    /**
     * Shares by agreed percentages, given in hundredths of a percent (12.5 % = 1250) so that agreements like a
     * third are written as they were agreed; they must add up to 100 % (10,000).
     */
    public static Map<Long, Money> byPercentages(Money total, Map<Long, Long> basisPoints) {
        long sum = basisPoints.values().stream().mapToLong(Long::longValue).sum();
        if (sum != FULL) {
            throw new IllegalArgumentException("Percentages add up to " + sum + " hundredths, not 10,000");
        }
        Map<Long, Long> weights = new TreeMap<>();
        basisPoints.forEach((member, points) -> {
            if (points > 0) {
                weights.put(member, points);
            }
        });
        Map<Long, Money> shares = new TreeMap<>(byWeight(total, weights));
        basisPoints.keySet().forEach(member -> shares.putIfAbsent(member, Money.ZERO));
        return shares;
    }

    /** 100 % in hundredths of a percent. */
    public static final long FULL = 10_000;

    private record Share(long member, long weight, long whole, BigInteger remainder) {
    }
}
