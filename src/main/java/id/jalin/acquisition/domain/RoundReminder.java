package id.jalin.acquisition.domain;

import id.jalin.kernel.i18n.Labels;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A purchase round the start screen points to: still open for proposals and its deadline near, or passed with the
 * proposals not yet closed (nothing can be ordered until they are).
 */
public record RoundReminder(Kind kind, PurchaseRound round, LocalDate date) {
    /** How far ahead a deadline is shown, as the agreements' obligations due. */
    public static final int WITHIN_DAYS = 30;

    @Labels("acquisition.reminder.kind")
    public enum Kind { PROPOSALS_CLOSE, DEADLINE_PASSED }

    public boolean late() {
        return kind == Kind.DEADLINE_PASSED;
    }

    /** The reminders of these rounds on {@code today}, earliest first. */
    public static List<RoundReminder> of(List<PurchaseRound> rounds, LocalDate today) {
        List<RoundReminder> reminders = new ArrayList<>();
        for (PurchaseRound round : rounds) {
            if (round.status() != RoundStatus.OPEN || round.deadline() == null) {
                continue;
            }
            if (round.deadline().isBefore(today)) {
                reminders.add(new RoundReminder(Kind.DEADLINE_PASSED, round, round.deadline()));
            } else if (!round.deadline().isAfter(today.plusDays(WITHIN_DAYS))) {
                reminders.add(new RoundReminder(Kind.PROPOSALS_CLOSE, round, round.deadline()));
            }
        }
        reminders.sort(Comparator.comparing(RoundReminder::date));
        return reminders;
    }
}
