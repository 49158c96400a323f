package id.jalin.kernel.money;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Optional;

/** An amount in whole Rupiah. Rupiah has no cents in practice, so neither does Jalin. */
public record Money(long rupiah) implements Comparable<Money> {
    public static final Money ZERO = new Money(0);

    public static Money of(long rupiah) {
        return new Money(rupiah);
    }

    public boolean isNegative() {
        return rupiah < 0;
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(rupiah, other.rupiah));
    }

    /** "Rp 1.250.000" in Indonesian, "Rp 1,250,000" in English. */
    public String format(Locale locale) {
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(locale));
        String digits = format.format(Math.abs(rupiah));
        return (rupiah < 0 ? "-Rp " : "Rp ") + digits;
    }

    /**
     * Reads what a person typed: "1.250.000", "Rp 1.250.000", "1250000" (grouping by the locale's separator).
     * Empty when the text is not a whole amount, for example when it has cents.
     */
    public static Optional<Money> parse(String text, Locale locale) {
        if (text == null) {
            return Optional.empty();
        }
        String cleaned = text.strip();
        if (cleaned.regionMatches(true, 0, "Rp", 0, 2)) {
            cleaned = cleaned.substring(2).strip();
        }
        boolean negative = cleaned.startsWith("-");
        if (negative) {
            cleaned = cleaned.substring(1).strip();
        }
        char grouping = DecimalFormatSymbols.getInstance(locale).getGroupingSeparator();
        cleaned = cleaned.replace(String.valueOf(grouping), "").replace(" ", "").replace("\u00a0", "");
        if (cleaned.isEmpty() || cleaned.length() > 18 || !cleaned.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        long value = Long.parseLong(cleaned);
        return Optional.of(new Money(negative ? -value : value));
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(rupiah, other.rupiah);
    }
}
