package id.jalin.kernel.ui;

import id.jalin.kernel.i18n.Messages;
import java.util.List;
import java.util.function.Function;

/**
 * What one feature puts on the start screen's list of what needs attention. Asked off the window thread (it reads
 * the database); a source that fails is reported under its own title, and the others still show.
 */
public interface AttentionSource {
    /** What the failure dialog names when this source cannot be read, e.g. "Loading the loan reminders". */
    String taskTitle(Messages messages);

    List<AttentionLine> lines(Messages messages);

    /** A source reported under the bundle's {@code taskTitleKey}, its lines made by {@code lines}. */
    static AttentionSource of(String taskTitleKey, Function<Messages, List<AttentionLine>> lines) {
        return new AttentionSource() {
            @Override
            public String taskTitle(Messages messages) {
                return messages.get(taskTitleKey);
            }

            @Override
            public List<AttentionLine> lines(Messages messages) {
                return lines.apply(messages);
            }
        };
    }
}
