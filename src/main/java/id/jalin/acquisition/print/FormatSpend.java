package id.jalin.acquisition.print;

import id.jalin.kernel.money.Money;
import java.util.Objects;

/** What a round spent on one format: its order lines, their copies and their cost. */
public record FormatSpend(ItemFormat format, int lines, int copies, Money spent) {
    public FormatSpend {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(spent, "spent");
        if (lines < 0 || copies < 0 || spent.isNegative()) {
            throw new IllegalArgumentException("Lines, copies and amounts cannot be negative");
        }
    }
}
