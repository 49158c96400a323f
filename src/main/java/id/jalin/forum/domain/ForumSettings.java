package id.jalin.forum.domain;

import id.jalin.kernel.money.Money;
import java.time.MonthDay;
import java.util.Objects;

/**
 * The forum's rules for issuing cross-service cards, the same at every desk: the fee a new card costs unless the
 * desk types another, and the day of the year cards run until (the end of the academic year). Stored in the
 * database since issue 9; before that each workstation kept its own in its preferences.
 */
public record ForumSettings(int version, Money cardFee, MonthDay academicYearEnd) {
    public static final Money DEFAULT_CARD_FEE = Money.of(25_000);
    public static final MonthDay DEFAULT_YEAR_END = MonthDay.of(8, 31);

    public ForumSettings {
        Objects.requireNonNull(cardFee, "cardFee");
        Objects.requireNonNull(academicYearEnd, "academicYearEnd");
    }

    /** A new database's rules: Rp 25.000 and 31 August, as the workstation preferences defaulted to. */
    public static ForumSettings defaults() {
        return new ForumSettings(0, DEFAULT_CARD_FEE, DEFAULT_YEAR_END);
    }

    /** Never saved and still the defaults: a workstation's own older values may be carried over into it. */
    public boolean isUntouched() {
        return version == 0 && cardFee.equals(DEFAULT_CARD_FEE) && academicYearEnd.equals(DEFAULT_YEAR_END);
    }

    public ForumSettings with(Money newFee, MonthDay newYearEnd) {
        return new ForumSettings(version, newFee, newYearEnd);
    }
}
