package id.jalin.redistribution.ui;

import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.ui.AttentionLine;
import id.jalin.kernel.ui.AttentionSource;
import id.jalin.redistribution.domain.RedistributionMember;
import id.jalin.redistribution.domain.RedistributionReminder;
import id.jalin.redistribution.domain.SurplusRedistribution;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The surplus books' part of the start screen: offers closing soon, and closed ones still to be shared out. */
public final class RedistributionAttention {
    /** Offers read at most: a season's worth. */
    static final int MOST = 100;

    /** Shows an offer: at its giver's desk when the giver is given, else among the open offers. */
    public interface OfferOpener {
        void open(long offerId, Long giverId);
    }

    private RedistributionAttention() {
    }

    public static AttentionSource of(SurplusRedistribution redistribution, OfferOpener opener) {
        return AttentionSource.of("redistribution.ui.task.reminders",
                messages -> lines(redistribution, opener, messages));
    }

    private static List<AttentionLine> lines(SurplusRedistribution redistribution, OfferOpener opener,
                                             Messages messages) {
        List<RedistributionReminder> reminders = redistribution.reminders(MOST);
        if (reminders.isEmpty()) {
            return List.of();
        }
        Map<Long, String> codes = redistribution.members().stream()
                .collect(Collectors.toMap(RedistributionMember::id, RedistributionMember::code, (one, other) -> one));
        return reminders.stream().map(reminder -> new AttentionLine(reminder.date(),
                messages.label("redistribution.reminder.kind", reminder.kind()),
                messages.get("redistribution.reminder.text", reminder.offer().title(),
                        codes.getOrDefault(reminder.offer().giverId(), ""), reminder.offer().copies()), "",
                reminder.late(), () -> opener.open(reminder.offer().id(),
                        reminder.late() ? reminder.offer().giverId() : null))).toList();
    }
}
