package id.jalin.training.ui;

import id.jalin.kernel.ui.AttentionLine;
import id.jalin.kernel.ui.AttentionSource;
import id.jalin.training.domain.TrainingService;
import java.util.function.LongConsumer;

/** The training's part of the start screen: events starting soon, registrations closing, events left unmarked. */
public final class TrainingAttention {
    /** Events read at most: more than a forum runs in a month and a half. */
    static final int MOST = 100;

    private TrainingAttention() {
    }

    public static AttentionSource of(TrainingService training, LongConsumer openEvent) {
        return AttentionSource.of("training.ui.task.reminders", messages -> {
            TrainingWords words = new TrainingWords(messages);
            return training.reminders(MOST).stream().map(reminder -> new AttentionLine(reminder.date(),
                    messages.label("training.reminder.kind", reminder.kind()), words.title(reminder.event()), "",
                    reminder.late(), () -> openEvent.accept(reminder.event().id()))).toList();
        });
    }
}
