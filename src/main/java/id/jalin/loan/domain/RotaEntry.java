package id.jalin.loan.domain;

import java.time.LocalDateTime;

/**
 * One lender in a request's rota, in the order the borrower chose: its answer and why.
 *
 * @param position 1 for the first lender asked
 * @param reason the lender's reason when it answered unfilled, or the condition the borrower declined
 */
public record RotaEntry(int position, long lenderId, RotaAnswer answer, String reason, LocalDateTime answeredAt) {
    public RotaEntry {
        reason = reason == null ? "" : reason;
    }

    RotaEntry answered(RotaAnswer newAnswer, String why, LocalDateTime at) {
        return new RotaEntry(position, lenderId, newAnswer, why, at);
    }
}
