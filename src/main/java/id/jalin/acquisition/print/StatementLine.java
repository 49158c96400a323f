package id.jalin.acquisition.print;

import id.jalin.kernel.money.Money;
import java.util.Objects;

/**
 * One line of a member's statement: either the member's own copies, which it pays in full, or an item bought for
 * all, of which it pays its share.
 *
 * @param copies the member's own copies, or for an item bought for all every copy of the line
 * @param share what the member pays for this line: the whole line for own copies, its part for an item for all
 */
public record StatementLine(String isbn, String title, String author, ItemFormat format, boolean shared,
                            int copies, Money unitPrice, Money share) {
    public StatementLine {
        title = Texts.required(title, "A statement line needs its title");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(unitPrice, "unitPrice");
        Objects.requireNonNull(share, "share");
        if (copies < 1 || unitPrice.isNegative() || share.isNegative()) {
            throw new IllegalArgumentException("A statement line needs copies, and no negative amount");
        }
        long cost = Math.multiplyExact(unitPrice.rupiah(), (long) copies);
        if (shared ? share.rupiah() > cost : share.rupiah() != cost) {
            // a statement that does not add up is one a treasurer sends back
            throw new IllegalArgumentException("A share of " + share.rupiah() + " does not fit a line of " + cost);
        }
        isbn = Texts.tidy(isbn);
        author = Texts.tidy(author);
    }

    public static StatementLine own(String isbn, String title, String author, ItemFormat format, int copies,
                                    Money unitPrice) {
        return new StatementLine(isbn, title, author, format, false, copies, unitPrice,
                Money.of(Math.multiplyExact(unitPrice.rupiah(), (long) copies)));
    }

    public static StatementLine shared(String isbn, String title, String author, ItemFormat format, int copies,
                                       Money unitPrice, Money share) {
        return new StatementLine(isbn, title, author, format, true, copies, unitPrice, share);
    }

    /** The cost of the whole line, of which {@link #share()} is the member's part. */
    public Money lineCost() {
        return Money.of(Math.multiplyExact(unitPrice.rupiah(), (long) copies));
    }
}
