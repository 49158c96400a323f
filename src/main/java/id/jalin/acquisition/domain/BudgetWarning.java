package id.jalin.acquisition.domain;

import id.jalin.kernel.money.Money;

/**
 * The accepted lines against a limit: the round's budget ({@code memberId} null) or one member's cap.
 */
public record BudgetWarning(Long memberId, Money spent, Money limit, WarningLevel level) {
    public boolean forRound() {
        return memberId == null;
    }
}
