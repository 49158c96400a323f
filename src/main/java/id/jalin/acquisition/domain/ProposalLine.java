package id.jalin.acquisition.domain;

import id.jalin.kernel.money.Money;

/**
 * One title a member proposes to buy in a round, with the coordinator's decision on it and what has arrived of it.
 *
 * @param sharedForAll bought once for every participant (a subscription, a database) and shared by the round's
 *        rule; otherwise the copies are the member's own and charged to it
 * @param priority 1 (wanted most) to 9
 * @param decisionReason why it was dropped or bought despite a flag; empty otherwise
 * @param receivedCopies copies arrived so far (never more than {@code copies})
 * @param version the stored version, 0 before the line is first saved
 */
public record ProposalLine(Long id, long roundId, long memberId, Title title, ItemFormat format, boolean sharedForAll,
                           String vendor, Money unitPrice, int copies, int priority, String justification,
                           Decision decision, String decisionReason, int receivedCopies, long version) {
    public static final int HIGHEST_PRIORITY = 1;
    public static final int LOWEST_PRIORITY = 9;

    public ProposalLine {
        vendor = vendor == null ? "" : vendor.strip();
        justification = justification == null ? "" : justification.strip();
        decisionReason = decisionReason == null ? "" : decisionReason.strip();
        unitPrice = unitPrice == null ? Money.ZERO : unitPrice;
        decision = decision == null ? Decision.PENDING : decision;
    }

    /** A line not yet stored, undecided. */
    public static ProposalLine proposed(long roundId, long memberId, Title title, ItemFormat format,
                                        boolean sharedForAll, String vendor, Money unitPrice, int copies,
                                        int priority, String justification) {
        return new ProposalLine(null, roundId, memberId, title, format, sharedForAll, vendor, unitPrice, copies,
                priority, justification, Decision.PENDING, "", 0, 0);
    }

    /** Unit price times copies (a line of a thousand copies of a trillion Rupiah would overflow: refused earlier). */
    public Money cost() {
        return Money.of(Math.multiplyExact(unitPrice.rupiah(), (long) copies));
    }

    public CostLine costLine() {
        return sharedForAll ? CostLine.shared(cost()) : CostLine.own(memberId, cost());
    }

    public int copiesToReceive() {
        return copies - receivedCopies;
    }

    public ProposalLine decided(Decision to, String reason) {
        return new ProposalLine(id, roundId, memberId, title, format, sharedForAll, vendor, unitPrice, copies, priority,
                justification, to, to == Decision.PENDING || to == Decision.ACCEPTED ? "" : reason, receivedCopies,
                version);
    }

    public ProposalLine withReceived(int total) {
        return new ProposalLine(id, roundId, memberId, title, format, sharedForAll, vendor, unitPrice, copies, priority,
                justification, decision, decisionReason, total, version);
    }

    public ProposalLine stored(long newId, long newVersion) {
        return new ProposalLine(newId, roundId, memberId, title, format, sharedForAll, vendor, unitPrice, copies,
                priority, justification, decision, decisionReason, receivedCopies, newVersion);
    }

    /** How the line is named in the audit trail and in messages: its title, cut short. */
    public String label() {
        String text = title.title();
        return text.length() <= 80 ? text : text.substring(0, 79) + "\u2026";
    }
}
