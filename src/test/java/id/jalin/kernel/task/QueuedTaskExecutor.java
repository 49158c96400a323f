package id.jalin.kernel.task;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Holds tasks until the test runs them, as a worker thread would later: lets a test see what a view model does
 * on the FX thread alone (nothing that needs the work's result) before the work has run.
 */
public final class QueuedTaskExecutor implements TaskExecutor {
    private final Deque<BackgroundTask<?>> queue = new ArrayDeque<>();
    private final CurrentThreadTaskExecutor runner = new CurrentThreadTaskExecutor();

    @Override
    public <T> void execute(BackgroundTask<T> task) {
        queue.add(task);
    }

    public int pending() {
        return queue.size();
    }

    /** Runs every queued task, and any they queue, in order. */
    public void runAll() {
        while (!queue.isEmpty()) {
            runner.execute(queue.poll());
        }
    }
}
