package id.jalin.exchange.domain;

import java.util.Optional;
import org.apache.commons.lang3.math.Fraction;

/**
 * Where an exchange stands, exactly (no floating point): {@code owedToFirst} is what the second member still owes the
 * first, counted in the second member's units; below zero the first owes the second. At 3:1 each unit the first
 * sends is worth a third of one of the second's, so sending 7 and receiving 2 leaves the second owing a third.
 */
public record Balance(Fraction owedToFirst) {
    public static final Balance EVEN = new Balance(Fraction.ZERO);

    public Balance {
        owedToFirst = owedToFirst.reduce();
    }

    /** What shipments of {@code firstUnits} one way and {@code secondUnits} the other come to at the ratio. */
    public static Balance of(ExchangeRatio ratio, long firstUnits, long secondUnits) {
        Fraction sent = Fraction.getFraction(Math.toIntExact(firstUnits * ratio.second()), ratio.first());
        return new Balance(sent.subtract(Fraction.getFraction(Math.toIntExact(secondUnits), 1)));
    }

    public Balance plus(Balance other) {
        return new Balance(owedToFirst.add(other.owedToFirst));
    }

    public boolean even() {
        return owedToFirst.getNumerator() == 0;
    }

    /** Who owes whom, in the debtor's own units; nothing when the two are even. */
    public Optional<Owing> owing(Partnership partnership) {
        int sign = owedToFirst.compareTo(Fraction.ZERO);
        if (sign == 0) {
            return Optional.empty();
        }
        if (sign > 0) {
            return Optional.of(new Owing(partnership.secondMemberId(), partnership.firstMemberId(), owedToFirst));
        }
        ExchangeRatio ratio = partnership.ratio();
        Fraction inFirstUnits = owedToFirst.negate().multiplyBy(Fraction.getFraction(ratio.first(), ratio.second()));
        return Optional.of(new Owing(partnership.firstMemberId(), partnership.secondMemberId(), inFirstUnits));
    }

    /**
     * How far from even, in the second member's units whichever way: what the overview of all partnerships sorts by.
     */
    public Fraction imbalance() {
        return owedToFirst.abs();
    }
}
