package id.jalin.acquisition.ui;

import id.jalin.acquisition.domain.JointAcquisition;
import id.jalin.kernel.ui.AttentionLine;
import id.jalin.kernel.ui.AttentionSource;
import java.util.function.LongConsumer;

/** Joint acquisition's part of the start screen: rounds whose proposals close soon or should have closed. */
public final class AcquisitionAttention {
    /** Open rounds read at most; a forum runs a few a year. */
    static final int MOST = 50;

    private AcquisitionAttention() {
    }

    public static AttentionSource of(JointAcquisition acquisition, LongConsumer openRound) {
        return AttentionSource.of("acquisition.ui.task.reminders", messages -> acquisition.reminders(MOST).stream()
                .map(reminder -> new AttentionLine(reminder.date(),
                        messages.label("acquisition.reminder.kind", reminder.kind()), reminder.round().name(), "",
                        reminder.late(), () -> openRound.accept(reminder.round().id()))).toList());
    }
}
