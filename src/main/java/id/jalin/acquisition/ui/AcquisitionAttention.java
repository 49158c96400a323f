package id.jalin.acquisition.ui;

import id.jalin.acquisition.domain.JointAcquisition;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.ui.AttentionLine;
import id.jalin.kernel.ui.AttentionSource;
import java.util.List;
import java.util.function.LongConsumer;

/** Joint acquisition's part of the start screen: rounds whose proposals close soon or should have closed. */
public final class AcquisitionAttention implements AttentionSource {
    /** Open rounds read at most; a forum runs a few a year. */
    static final int MOST = 50;

    private final JointAcquisition acquisition;
    private final LongConsumer openRound;

    public AcquisitionAttention(JointAcquisition acquisition, LongConsumer openRound) {
        this.acquisition = acquisition;
        this.openRound = openRound;
    }

    @Override
    public String taskTitle(Messages messages) {
        return messages.get("acquisition.ui.task.reminders");
    }

    @Override
    public List<AttentionLine> lines(Messages messages) {
        return acquisition.reminders(MOST).stream().map(reminder -> new AttentionLine(reminder.date(),
                messages.label("acquisition.reminder.kind", reminder.kind()), reminder.round().name(), "",
                reminder.late(), () -> openRound.accept(reminder.round().id()))).toList();
    }
}
