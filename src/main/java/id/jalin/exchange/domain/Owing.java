package id.jalin.exchange.domain;

import org.apache.commons.lang3.math.Fraction;

/**
 * Who owes whom how much at a moment of an exchange, in the debtor's own units (what it has still to send):
 * exact, so a 3:1 exchange can leave a third of a unit owed.
 */
public record Owing(long debtorId, long creditorId, Fraction units) {
    /** The amount as a person writes it: "4", "1/3", "2 1/3". */
    public String amount() {
        return UnitCount.text(units);
    }

    /** Whether exactly one unit is owed (English says "publication", not "publications"). */
    public boolean one() {
        return units.equals(Fraction.ONE);
    }
}
