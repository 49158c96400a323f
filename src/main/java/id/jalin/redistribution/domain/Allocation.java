package id.jalin.redistribution.domain;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Shares an offer's copies among its claims (decision 0031). Claims are served one after the other, each taking what
 * it wants or what is left; the order is what the rule decides:
 * <ul>
 *   <li>{@link AllocationRule#FIRST_COME}: the claim made first, then (made in the same instant) the lower claim
 *       number;</li>
 *   <li>{@link AllocationRule#SMALLER_FIRST}: the smaller collection by the register; a member whose size the
 *       register does not give after every member whose size it gives; between equal sizes the claim made first,
 *       then the lower claim number.</li>
 * </ul>
 * The giver and a member that has left the forum (or is not in the register) get nothing. Every key ends in the
 * claim number, which is unique, so the order never depends on how the claims were listed.
 */
public final class Allocation {
    private Allocation() {
    }

    /** One allotment per claim, in the order the claims were served. */
    public static List<Allotment> allocate(AllocationRule rule, long giverId, int copies, List<Claim> claims,
                                           Map<Long, RedistributionMember> register) {
        List<Claim> served = new ArrayList<>(claims);
        served.sort(order(rule, register));
        List<Allotment> allotments = new ArrayList<>();
        int left = Math.max(0, copies);
        for (Claim claim : served) {
            RedistributionMember member = register.get(claim.claimantId());
            boolean eligible = claim.claimantId() != giverId && member != null && member.active();
            int given = eligible ? Math.min(Math.max(0, claim.copies()), left) : 0;
            left -= given;
            allotments.add(new Allotment(claim.id(), given));
        }
        return allotments;
    }

    /** What a first-come claim gets as it arrives: what it wants, or what the earlier claims left. */
    public static int firstComeShare(int offered, int alreadyAllocated, int wanted) {
        return Math.max(0, Math.min(wanted, offered - alreadyAllocated));
    }

    static Comparator<Claim> order(AllocationRule rule, Map<Long, RedistributionMember> register) {
        Comparator<Claim> byTime = Comparator.comparing(Claim::claimedAt,
                Comparator.nullsLast(Comparator.<LocalDateTime>naturalOrder()));
        Comparator<Claim> tie = byTime.thenComparing(Claim::id, Comparator.nullsLast(Comparator.<Long>naturalOrder()));
        if (rule == AllocationRule.FIRST_COME) {
            return tie;
        }
        Comparator<Claim> bySize = Comparator.comparing(claim -> sizeOf(register, claim),
                Comparator.nullsLast(Comparator.<Integer>naturalOrder()));
        return bySize.thenComparing(tie);
    }

    private static Integer sizeOf(Map<Long, RedistributionMember> register, Claim claim) {
        RedistributionMember member = register.get(claim.claimantId());
        return member == null ? null : member.collectionSize();
    }
}
