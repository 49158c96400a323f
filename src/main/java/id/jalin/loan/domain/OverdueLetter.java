package id.jalin.loan.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * A numbered letter to one borrowing library listing the items it holds past their due date, as the forum sends it.
 *
 * @param number the forum's letter number ({@code 004/PAP/FPPTI-JABAR/XII/2026})
 * @param items its overdue requests, the longest overdue first
 */
public record OverdueLetter(String number, LocalDate date, LoanMember borrower, List<LoanRequest> items) {
    public static final String SERIES = "PAP";

    public OverdueLetter {
        items = List.copyOf(items);
    }
}
