package id.jalin.exchange.domain;

import org.apache.commons.lang3.math.Fraction;

/** Writes an exact count of units as a person would: whole units, then what is left as a proper fraction. */
public final class UnitCount {
    private UnitCount() {
    }

    public static String text(Fraction count) {
        Fraction reduced = count.reduce();
        int whole = reduced.getProperWhole();
        int numerator = Math.abs(reduced.getProperNumerator());
        String sign = reduced.compareTo(Fraction.ZERO) < 0 ? "-" : "";
        if (numerator == 0) {
            return sign + Math.abs(whole);
        }
        String part = numerator + "/" + reduced.getDenominator();
        return whole == 0 ? sign + part : sign + Math.abs(whole) + " " + part;
    }
}
