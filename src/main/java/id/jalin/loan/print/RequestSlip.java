package id.jalin.loan.print;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the slip that travels with an interlibrary loan (or a delivered copy) shows. The lending library prints it
 * when it ships; the borrowing library's desk scans its barcode on arrival and again when the item goes back.
 *
 * @param requestNumber the request's number, such as {@code PAP-2026-000123}; printed as a Code 128 barcode
 * @param userName the user the borrowing library borrows for
 * @param userId the user's number at the borrowing library (blank when the library has none)
 * @param userKind the user's kind already in words as it should print, e.g. "Mahasiswa / Student"
 * @param pages the pages or article asked for, for a copy (blank for a loan)
 * @param callNumber the lending library's call number (blank when unknown)
 * @param shippedOn the day the lending library shipped the item
 * @param dueDate the lending library's due date for a loan; null for a copy, which is not returned
 * @param forumName the forum under whose rules the libraries lend to each other
 */
public record RequestSlip(String requestNumber, String borrowingLibraryCode, String borrowingLibraryName,
                          String lendingLibraryCode, String lendingLibraryName, String userName, String userId,
                          String userKind, Service service, String title, String author, String callNumber,
                          String pages, LocalDate shippedOn, LocalDate dueDate, String forumName) {

    /** What the lending library supplies. */
    public enum Service {
        /** The item itself, lent on to the user and returned by the borrowing library. */
        LOAN,
        /** A copy of pages or an article (document delivery), which the user keeps. */
        COPY
    }

    public RequestSlip {
        if (requestNumber == null || requestNumber.isBlank()) {
            // the desk finds the request only by this number; a slip without it is worse than none
            throw new IllegalArgumentException("A request slip needs the request number");
        }
        requestNumber = requestNumber.strip();
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(shippedOn, "shippedOn");
        if (service == Service.LOAN && dueDate == null) {
            throw new IllegalArgumentException("A loan slip needs the due date: " + requestNumber);
        }
        if (service == Service.COPY && dueDate != null) {
            throw new IllegalArgumentException("A copy is not returned, so its slip has no due date: " + requestNumber);
        }
        if (dueDate != null && dueDate.isBefore(shippedOn)) {
            throw new IllegalArgumentException("Due " + dueDate + " before shipped " + shippedOn + ": " + requestNumber);
        }
        borrowingLibraryCode = blankIfNull(borrowingLibraryCode);
        borrowingLibraryName = blankIfNull(borrowingLibraryName);
        lendingLibraryCode = blankIfNull(lendingLibraryCode);
        lendingLibraryName = blankIfNull(lendingLibraryName);
        userName = blankIfNull(userName);
        userId = blankIfNull(userId);
        userKind = blankIfNull(userKind);
        title = blankIfNull(title);
        author = blankIfNull(author);
        callNumber = blankIfNull(callNumber);
        pages = blankIfNull(pages);
        forumName = blankIfNull(forumName);
    }

    private static String blankIfNull(String text) {
        return text == null ? "" : text.strip();
    }
}
