package id.jalin.acquisition.domain;

import id.jalin.kernel.money.Money;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * A joint purchase round: the coordinating member that orders, the budget, the day proposals close, where it stands,
 * and how the cost of what is bought for all is shared.
 *
 * @param participants the members taking part, each with its weight ({@link SplitRule#WEIGHTED}), its agreed share
 *        in hundredths of a percent ({@link SplitRule#FIXED_PERCENT}, adding up to 10,000), or 1 for the other rules
 * @param memberCap the most one member's share may come to; null when the round sets none
 * @param version the stored version, 0 before the round is first saved
 */
public record PurchaseRound(Long id, String name, long coordinatorId, Money budget, LocalDate deadline,
                            RoundStatus status, SplitRule splitRule, Map<Long, Long> participants, Money memberCap,
                            String notes, long version) {
    public PurchaseRound {
        name = name == null ? "" : name.strip();
        notes = notes == null ? "" : notes.strip();
        budget = budget == null ? Money.ZERO : budget;
        participants = participants == null ? Map.of() : java.util.Collections.unmodifiableMap(
                new TreeMap<>(participants));
    }

    /** A round not yet stored, open for proposals. */
    public static PurchaseRound draft(String name, long coordinatorId, Money budget, LocalDate deadline,
                                      SplitRule rule, Map<Long, Long> participants) {
        return new PurchaseRound(null, name, coordinatorId, budget, deadline, RoundStatus.OPEN, rule, participants,
                null, "", 0);
    }

    public PurchaseRound withStatus(RoundStatus to) {
        return new PurchaseRound(id, name, coordinatorId, budget, deadline, to, splitRule, participants, memberCap,
                notes, version);
    }

    public PurchaseRound withCap(Money cap) {
        return new PurchaseRound(id, name, coordinatorId, budget, deadline, status, splitRule, participants, cap,
                notes, version);
    }

    public PurchaseRound withNotes(String text) {
        return new PurchaseRound(id, name, coordinatorId, budget, deadline, status, splitRule, participants,
                memberCap, text, version);
    }

    public PurchaseRound withDeadline(LocalDate day) {
        return new PurchaseRound(id, name, coordinatorId, budget, day, status, splitRule, participants, memberCap,
                notes, version);
    }

    public PurchaseRound stored(long newId, long newVersion) {
        return new PurchaseRound(newId, name, coordinatorId, budget, deadline, status, splitRule, participants,
                memberCap, notes, newVersion);
    }

    /** Whether members may propose on {@code today}: open, and the deadline (a whole day) not passed. */
    public boolean takesProposalsOn(LocalDate today) {
        return status == RoundStatus.OPEN && deadline != null && !today.isAfter(deadline);
    }

    public boolean takesPart(long memberId) {
        return participants.containsKey(memberId);
    }

    /** How the round is named in the audit trail and in messages. */
    public String label() {
        return name;
    }
}
