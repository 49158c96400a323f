package id.jalin.loan.domain;

import id.jalin.kernel.money.Money;
import java.util.EnumSet;
import java.util.Set;

/**
 * A lending library's own rules, kept in the database: how long it lends, how often a loan may be renewed, what
 * it does not lend, and what it charges per request.
 *
 * @param version 0 while the library keeps the defaults (no row stored yet)
 */
public record LendingRules(long memberId, int loanDays, int renewals, Set<ItemKind> notLent, Money fee,
                           long version) {
    public static final int DEFAULT_LOAN_DAYS = 14;
    public static final int DEFAULT_RENEWALS = 1;
    public static final int MAX_LOAN_DAYS = 365;
    public static final int MAX_RENEWALS = 12;

    public LendingRules {
        notLent = notLent.isEmpty() ? EnumSet.noneOf(ItemKind.class) : EnumSet.copyOf(notLent);
        fee = fee == null ? Money.ZERO : fee;
    }

    public static LendingRules defaults(long memberId) {
        return new LendingRules(memberId, DEFAULT_LOAN_DAYS, DEFAULT_RENEWALS, Set.of(), Money.ZERO, 0);
    }

    public boolean lends(ItemKind kind) {
        return !notLent.contains(kind);
    }

    @Override
    public Set<ItemKind> notLent() {
        return notLent.isEmpty() ? EnumSet.noneOf(ItemKind.class) : EnumSet.copyOf(notLent);
    }
}
