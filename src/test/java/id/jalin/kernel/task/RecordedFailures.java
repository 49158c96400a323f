package id.jalin.kernel.task;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A failure presenter for tests: remembers what the failure dialog would have shown. */
public final class RecordedFailures implements FailurePresenter {
    /** One failure as it reached the presenter. */
    public record Shown(String actionTitle, Throwable failure) {
    }

    private final List<Shown> shown = new CopyOnWriteArrayList<>();

    @Override
    public void present(String actionTitle, Throwable failure) {
        shown.add(new Shown(actionTitle, failure));
    }

    public List<Shown> shown() {
        return List.copyOf(shown);
    }
}
