package id.jalin.loan.print;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One overdue loan in an overdue notice to the borrowing library.
 *
 * @param lendingLibrary the lending library's name (or code and name, as it should print)
 * @param userName the user the item was borrowed for
 * @param daysOverdue whole days past the due date on the notice's date
 */
public record OverdueItem(String requestNumber, String title, String lendingLibrary, String userName,
                          LocalDate shippedOn, LocalDate dueDate, int daysOverdue) {
    public OverdueItem {
        if (requestNumber == null || requestNumber.isBlank()) {
            throw new IllegalArgumentException("An overdue item needs its request number");
        }
        Objects.requireNonNull(dueDate, "dueDate");
        if (daysOverdue < 0) {
            throw new IllegalArgumentException("Days overdue cannot be negative: " + daysOverdue);
        }
        title = title == null ? "" : title.strip();
        lendingLibrary = lendingLibrary == null ? "" : lendingLibrary.strip();
        userName = userName == null ? "" : userName.strip();
    }
}
