package id.jalin.loan.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The lenders Jalin proposes for a work, in the default order: most copies first (the likeliest to have one on the
 * shelf), then the fewest open requests (spreading the work), then the member code (so the same data always gives
 * the same rota). Left out: the borrower itself, members that left the forum, and, for a loan, members whose rules
 * do not lend this kind of item.
 */
public final class RotaProposal {
    private RotaProposal() {
    }

    public static List<LenderChoice> propose(long borrowerId, ServiceKind service, ItemKind kind,
                                             List<HeldCopy> holdings, Map<Long, LoanMember> members,
                                             Map<Long, LendingRules> rules, Map<Long, Integer> openRequests) {
        Map<Long, int[]> copies = new LinkedHashMap<>();
        Map<Long, List<String>> callNumbers = new LinkedHashMap<>();
        for (HeldCopy held : holdings) {
            copies.computeIfAbsent(held.memberId(), id -> new int[1])[0] += held.copies();
            if (!held.callNumber().isBlank()) {
                callNumbers.computeIfAbsent(held.memberId(), id -> new ArrayList<>()).add(held.callNumber());
            }
        }
        List<LenderChoice> choices = new ArrayList<>();
        for (Map.Entry<Long, int[]> entry : copies.entrySet()) {
            long memberId = entry.getKey();
            LoanMember member = members.get(memberId);
            LendingRules memberRules = rules.getOrDefault(memberId, LendingRules.defaults(memberId));
            if (memberId == borrowerId || member == null || !member.active()
                    || (service == ServiceKind.LOAN && !memberRules.lends(kind))) {
                continue;
            }
            choices.add(new LenderChoice(member, entry.getValue()[0],
                    String.join(", ", callNumbers.getOrDefault(memberId, List.of()).stream().distinct().toList()),
                    openRequests.getOrDefault(memberId, 0)));
        }
        choices.sort(Comparator.comparingInt(LenderChoice::copies).reversed()
                .thenComparingInt(LenderChoice::openRequests)
                .thenComparing(choice -> choice.member().code()));
        return choices;
    }
}
