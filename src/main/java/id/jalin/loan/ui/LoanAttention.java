package id.jalin.loan.ui;

import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.ui.AttentionLine;
import id.jalin.kernel.ui.AttentionSource;
import id.jalin.loan.domain.InterlibraryLoans;
import id.jalin.loan.domain.LoanMember;
import id.jalin.loan.domain.LoanReminder;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;

/** The loans' part of the start screen: requests overdue, and those waiting for this desk's next step. */
public final class LoanAttention {
    /** Enough to see that a desk is behind; the desk's own lists page through the rest. */
    static final int MOST = 50;

    private LoanAttention() {
    }

    public static AttentionSource of(InterlibraryLoans loans, LongConsumer openRequest) {
        return AttentionSource.of("loan.task.reminders", messages -> lines(loans, openRequest, messages));
    }

    private static List<AttentionLine> lines(InterlibraryLoans loans, LongConsumer openRequest, Messages messages) {
        List<LoanReminder> reminders = loans.reminders(MOST);
        if (reminders.isEmpty()) {
            return List.of();
        }
        Map<Long, String> codes = loans.members().stream()
                .collect(Collectors.toMap(LoanMember::id, LoanMember::code, (one, other) -> one));
        return reminders.stream().map(reminder -> new AttentionLine(reminder.date(),
                messages.label("loan.reminder.kind", reminder.kind()),
                messages.get("loan.reminder.text", reminder.request().item().title(),
                        codes.getOrDefault(reminder.request().borrowerId(), ""),
                        codes.getOrDefault(reminder.request().lenderId(), "")),
                reminder.request().number(), reminder.kind() == LoanReminder.Kind.OVERDUE,
                () -> openRequest.accept(reminder.request().id()))).toList();
    }
}
