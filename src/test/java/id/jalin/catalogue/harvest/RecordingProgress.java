package id.jalin.catalogue.harvest;

import id.jalin.kernel.task.Progress;
import java.util.ArrayList;
import java.util.List;

/** Progress as a screen would see it; presses Cancel after the given number of updates when asked to. */
final class RecordingProgress implements Progress {
    final List<String> updates = new ArrayList<>();
    private final int cancelAfter;

    RecordingProgress() {
        this(Integer.MAX_VALUE);
    }

    private RecordingProgress(int cancelAfter) {
        this.cancelAfter = cancelAfter;
    }

    static RecordingProgress cancellingAfter(int updates) {
        return new RecordingProgress(updates);
    }

    @Override
    public void update(long done, long total) {
        updates.add(done + "/" + total);
    }

    @Override
    public boolean isCancelled() {
        return updates.size() >= cancelAfter;
    }
}
