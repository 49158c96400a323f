package id.jalin.loan.domain;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which requests a list shows: one library's view of them (or every request, for a coordinator's ALL view),
 * narrowed by state, partner library, the period they were made in, and typed text (number, title or user).
 *
 * @param libraryId the library whose desk this is; null only for {@link LoanView#ALL}
 * @param today the day overdue and waiting are read on
 */
public record LoanFilter(LoanView view, Long libraryId, Set<LoanState> states, Long partnerId, LocalDate from,
                         LocalDate to, String text, LocalDate today) {
    public LoanFilter {
        states = states == null || states.isEmpty() ? EnumSet.noneOf(LoanState.class) : EnumSet.copyOf(states);
        text = text == null ? "" : text.strip();
    }

    /** What the borrower has to do next in these states: answer a condition, receive, send a recalled item back. */
    public static Set<LoanState> borrowerTurn() {
        return EnumSet.of(LoanState.RETRY_POSSIBLE, LoanState.SHIPPED, LoanState.RECALLED);
    }

    /** What the lender has to do next: answer, ship, answer a renewal, check a returned item in. */
    public static Set<LoanState> lenderTurn() {
        return EnumSet.of(LoanState.REQUESTED, LoanState.WILL_SUPPLY, LoanState.EXPECT_TO_SUPPLY,
                LoanState.RENEWAL_ASKED, LoanState.SHIPPED_BACK);
    }
}
