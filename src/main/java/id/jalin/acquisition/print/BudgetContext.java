package id.jalin.acquisition.print;

import id.jalin.kernel.money.Money;
import java.util.Objects;

/**
 * Where a member's share stands in the round's money.
 *
 * @param roundBudget the round's budget
 * @param roundTotal the cost of every line ordered in the round
 * @param memberCap the most the member agreed to spend in the round, or null when the round sets no cap
 */
public record BudgetContext(Money roundBudget, Money roundTotal, Money memberCap) {
    public BudgetContext {
        Objects.requireNonNull(roundBudget, "roundBudget");
        Objects.requireNonNull(roundTotal, "roundTotal");
        if (roundBudget.isNegative() || roundTotal.isNegative() || (memberCap != null && memberCap.isNegative())) {
            throw new IllegalArgumentException("A budget, a total or a cap cannot be negative");
        }
    }

    public boolean hasCap() {
        return memberCap != null;
    }
}
