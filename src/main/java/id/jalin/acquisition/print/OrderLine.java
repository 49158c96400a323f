package id.jalin.acquisition.print;

import id.jalin.kernel.money.Money;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One line of an order to a vendor: a title bought either for the members that asked for it ({@code copies}, one
 * entry per member, when two members asked for the same title it is still one line) or for every member of the
 * round together ({@code sharedCopies}, a subscription or a database everyone uses).
 *
 * @param isbn as it should print (blank when the item has none, e.g. a database)
 * @param author as it should print (blank when unknown)
 * @param unitPrice the price of one copy, 0 or more
 * @param copies the members' own copies; empty for an item bought for all
 * @param sharedCopies copies bought for all (1 for a subscription); 0 for members' own copies
 */
public record OrderLine(String isbn, String title, String author, ItemFormat format, Money unitPrice,
                        List<MemberCopies> copies, int sharedCopies) {
    public OrderLine {
        title = Texts.required(title, "An order line needs its title");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(unitPrice, "unitPrice");
        if (unitPrice.isNegative()) {
            throw new IllegalArgumentException("A unit price cannot be negative: " + unitPrice.rupiah());
        }
        copies = List.copyOf(copies);
        if (copies.isEmpty() == (sharedCopies < 1) || sharedCopies < 0) {
            throw new IllegalArgumentException("An order line is either members' own copies or copies for all");
        }
        Set<String> members = new HashSet<>();
        for (MemberCopies entry : copies) {
            if (!members.add(entry.memberCode())) {
                throw new IllegalArgumentException("Member " + entry.memberCode() + " appears twice on one line");
            }
        }
        isbn = Texts.tidy(isbn);
        author = Texts.tidy(author);
    }

    /** Copies for the members that asked, in the order they are to be printed. */
    public static OrderLine forMembers(String isbn, String title, String author, ItemFormat format, Money unitPrice,
                                       List<MemberCopies> copies) {
        return new OrderLine(isbn, title, author, format, unitPrice, copies, 0);
    }

    /** Copies bought for every member of the round, their cost shared by the round's rule. */
    public static OrderLine forAll(String isbn, String title, String author, ItemFormat format, Money unitPrice,
                                   int copies) {
        return new OrderLine(isbn, title, author, format, unitPrice, List.of(), copies);
    }

    public boolean isShared() {
        return sharedCopies > 0;
    }

    public int totalCopies() {
        return isShared() ? sharedCopies : copies.stream().mapToInt(MemberCopies::copies).sum();
    }

    /** The unit price times every copy on the line. */
    public Money lineTotal() {
        return Money.of(Math.multiplyExact(unitPrice.rupiah(), (long) totalCopies()));
    }
}
