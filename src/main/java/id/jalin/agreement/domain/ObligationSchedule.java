package id.jalin.agreement.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * Matches an obligation's fulfilments to its due dates and says what is open. A fulfilment covers the earliest
 * occurrence still open, whether it came early or late, so the log reads the way a coordinator keeps it.
 */
public final class ObligationSchedule {
    public static final int DUE_SOON_DAYS = 30;

    private ObligationSchedule() {
    }

    /**
     * @param until the last day occurrences can fall on: the agreement's effective end
     */
    public static ObligationState stateOn(Obligation obligation, LocalDate until, LocalDate today) {
        List<LocalDate> due = obligation.dueDates(until);
        int covered = Math.min(obligation.fulfilments().size(), due.size());
        if (covered == due.size()) {
            return new ObligationState(ObligationState.Standing.FULFILLED, null, 0);
        }
        LocalDate next = due.get(covered);
        int overdue = 0;
        for (int i = covered; i < due.size(); i++) {
            if (due.get(i).isBefore(today)) {
                overdue++;
            }
        }
        if (overdue > 0) {
            return new ObligationState(ObligationState.Standing.OVERDUE, next, overdue);
        }
        if (!next.isAfter(today.plusDays(DUE_SOON_DAYS))) {
            return new ObligationState(ObligationState.Standing.DUE_SOON, next, 0);
        }
        return new ObligationState(ObligationState.Standing.OPEN, next, 0);
    }
}
