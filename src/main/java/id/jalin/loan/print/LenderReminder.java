package id.jalin.loan.print;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The list a lending library works through to chase its overdue loans: what is out, with whom, and how late.
 *
 * @param date the day the list is made, from which the rows are overdue
 * @param rows the overdue loans, printed in the order given; none prints a list that says so
 */
public record LenderReminder(String lenderName, LocalDate date, List<ReminderRow> rows) {
    public LenderReminder {
        Objects.requireNonNull(date, "date");
        lenderName = lenderName == null ? "" : lenderName.strip();
        rows = List.copyOf(rows);
    }
}
