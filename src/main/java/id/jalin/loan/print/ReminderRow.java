package id.jalin.loan.print;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One overdue loan on a lending library's reminder list.
 *
 * @param borrowingLibrary the borrowing library's name (or code and name, as it should print)
 * @param daysOverdue whole days past the due date on the list's date
 */
public record ReminderRow(String requestNumber, String borrowingLibrary, String title, String userName,
                          LocalDate dueDate, int daysOverdue) {
    public ReminderRow {
        if (requestNumber == null || requestNumber.isBlank()) {
            throw new IllegalArgumentException("A reminder row needs its request number");
        }
        Objects.requireNonNull(dueDate, "dueDate");
        if (daysOverdue < 0) {
            throw new IllegalArgumentException("Days overdue cannot be negative: " + daysOverdue);
        }
        borrowingLibrary = borrowingLibrary == null ? "" : borrowingLibrary.strip();
        title = title == null ? "" : title.strip();
        userName = userName == null ? "" : userName.strip();
    }
}
