package id.jalin.exchange.ui;

import id.jalin.exchange.domain.ExchangeLedgers;
import id.jalin.exchange.domain.ExchangeMember;
import id.jalin.exchange.domain.ExchangeReminder;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.ui.AttentionLine;
import id.jalin.kernel.ui.AttentionSource;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;

/** The exchange ledgers' part of the start screen: years ending soon, and ended years never closed. */
public final class ExchangeAttention {
    private ExchangeAttention() {
    }

    public static AttentionSource of(ExchangeLedgers ledgers, LongConsumer openPartnership) {
        return AttentionSource.of("exchange.ui.task.reminders", messages -> lines(ledgers, openPartnership, messages));
    }

    private static List<AttentionLine> lines(ExchangeLedgers ledgers, LongConsumer openPartnership,
                                             Messages messages) {
        List<ExchangeReminder> reminders = ledgers.reminders();
        if (reminders.isEmpty()) {
            return List.of();
        }
        Map<Long, String> codes = ledgers.members().stream()
                .collect(Collectors.toMap(ExchangeMember::id, ExchangeMember::code, (one, other) -> one));
        return reminders.stream().map(reminder -> new AttentionLine(reminder.date(),
                messages.label("exchange.reminder.kind", reminder.kind()),
                messages.get("exchange.reminder.text", codes.getOrDefault(reminder.partnership().firstMemberId(), ""),
                        codes.getOrDefault(reminder.partnership().secondMemberId(), ""), reminder.year().label()),
                "", reminder.late(), () -> openPartnership.accept(reminder.partnership().id()))).toList();
    }
}
