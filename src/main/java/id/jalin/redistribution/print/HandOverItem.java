package id.jalin.redistribution.print;

import id.jalin.redistribution.domain.ClaimState;
import id.jalin.redistribution.domain.ItemCondition;
import java.time.LocalDate;

/**
 * One title a library is to receive: what it is, in what condition, how many copies, and whether it has been sent.
 *
 * @param shippedOn null while not shipped
 */
public record HandOverItem(String title, String author, String isbn, Integer year, ItemCondition condition,
                           int copies, ClaimState state, LocalDate shippedOn, String shipment) {
    public HandOverItem {
        title = tidy(title);
        author = tidy(author);
        isbn = tidy(isbn);
        shipment = tidy(shipment);
        if (title.isEmpty()) {
            throw new IllegalArgumentException("A hand-over item needs its title");
        }
        if (copies < 1) {
            throw new IllegalArgumentException("A hand-over item needs at least one copy");
        }
    }

    static String tidy(String text) {
        return text == null ? "" : text.strip();
    }
}
