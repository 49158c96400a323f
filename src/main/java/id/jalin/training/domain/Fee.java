package id.jalin.training.domain;

import id.jalin.kernel.money.Money;
import java.time.LocalDate;

/**
 * One participant's fee: what is due (the event's fee when registering, changed for a waiver), what was paid, on which
 * day and under which receipt number.
 */
public record Fee(Money due, Money paid, LocalDate paidOn, String receiptNumber) {
    public Fee {
        due = due == null ? Money.ZERO : due;
        paid = paid == null ? Money.ZERO : paid;
        receiptNumber = TrainingEvent.clean(receiptNumber);
    }

    public static Fee due(Money amount) {
        return new Fee(amount, Money.ZERO, null, "");
    }

    /** What is still to pay, never below zero. */
    public Money outstanding() {
        long left = due.rupiah() - paid.rupiah();
        return Money.of(Math.max(0, left));
    }

    public boolean settled() {
        return paid.rupiah() >= due.rupiah();
    }
}
