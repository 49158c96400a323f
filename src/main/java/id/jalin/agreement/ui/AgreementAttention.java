package id.jalin.agreement.ui;

import id.jalin.agreement.domain.AgreementService;
import id.jalin.agreement.domain.Reminder;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.ui.AttentionLine;
import id.jalin.kernel.ui.AttentionSource;
import java.util.function.LongConsumer;

/**
 * The agreements' part of the start screen: agreements expiring soon, obligations overdue or due within 30 days.
 * Each line opens its agreement.
 */
public final class AgreementAttention {
    private AgreementAttention() {
    }

    public static AttentionSource of(AgreementService service, LongConsumer openAgreement) {
        return AttentionSource.of("agreement.task.reminders", messages -> service.reminders().stream()
                .map(reminder -> new AttentionLine(reminder.date(),
                        messages.label("agreement.reminders.kind", reminder.kind()), describe(messages, reminder),
                        reminder.agreementNumber(), reminder.kind() == Reminder.Kind.OBLIGATION_OVERDUE,
                        () -> openAgreement.accept(reminder.agreementId()))).toList());
    }

    private static String describe(Messages messages, Reminder reminder) {
        return switch (reminder.kind()) {
            case AGREEMENT_EXPIRING -> messages.get("agreement.reminders.expiring", reminder.agreementTitle());
            case OBLIGATION_OVERDUE, OBLIGATION_DUE_SOON -> messages.get("agreement.reminders.obligation",
                    reminder.partyName(), reminder.obligationText());
        };
    }
}
