package id.jalin.acquisition.domain;

import id.jalin.kernel.money.Money;

/**
 * The cost of one accepted order line: a member's own copies ({@code memberId} set), or an item bought for every
 * participant (a subscription; {@code memberId} null), shared by the round's rule.
 */
public record CostLine(Long memberId, Money cost) {
    public static CostLine own(long memberId, Money cost) {
        return new CostLine(memberId, cost);
    }

    public static CostLine shared(Money cost) {
        return new CostLine(null, cost);
    }

    public boolean isShared() {
        return memberId == null;
    }
}
