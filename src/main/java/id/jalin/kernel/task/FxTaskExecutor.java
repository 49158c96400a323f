package id.jalin.kernel.task;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.concurrent.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs work in a {@link Task} on a small pool of daemon threads and hands the outcome back on the FX thread.
 * The task that shows progress is published so the status bar can bind its bar and Cancel button to it.
 * Every failure is logged; one the task does not handle itself goes to the failure presenter.
 */
public final class FxTaskExecutor implements TaskExecutor, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FxTaskExecutor.class);

    private final FailurePresenter presenter;
    private final ExecutorService pool;
    private final ReadOnlyObjectWrapper<Task<?>> visibleTask = new ReadOnlyObjectWrapper<>();
    /** Once closed, Jalin is ending: work stopped by the close is only logged, never shown in a dialog. */
    private volatile boolean closed;

    public FxTaskExecutor(FailurePresenter presenter) {
        this.presenter = java.util.Objects.requireNonNull(presenter);
        AtomicInteger count = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "jalin-worker-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public <T> void execute(BackgroundTask<T> background) {
        WorkTask<T> task = new WorkTask<>(background);
        task.setOnSucceeded(event -> {
            clearIfVisible(task);
            if (!closed) {
                background.succeeded(task.getValue());
            }
        });
        task.setOnFailed(event -> {
            clearIfVisible(task);
            Throwable failure = task.getException();
            if (closed) {
                LOG.info("Background work stopped as Jalin closed: {} ({})", background.title(), failure.toString());
                return;
            }
            if (failure instanceof CancelledException) {
                background.cancelled();
            } else {
                LOG.error("Background work failed: {}", background.title(), failure);
                // The same work may be run again from the failure dialog: a BackgroundTask keeps no run state.
                background.failed(failure, presenter, () -> execute(background));
            }
        });
        task.setOnCancelled(event -> {
            clearIfVisible(task);
            if (!closed) {
                background.cancelled();
            }
        });
        if (background.showsProgress()) {
            visibleTask.set(task);
        }
        pool.execute(task);
    }

    private void clearIfVisible(Task<?> task) {
        if (visibleTask.get() == task) {
            visibleTask.set(null);
        }
    }

    /** The running task that asked to be shown with progress, or null. */
    public ReadOnlyObjectProperty<Task<?>> visibleTaskProperty() {
        return visibleTask.getReadOnlyProperty();
    }

    @Override
    public void close() {
        closed = true;
        pool.shutdownNow();
    }

    /** The FX task that runs one piece of work and lets it see Cancel. */
    private static final class WorkTask<T> extends Task<T> {
        private final BackgroundTask<T> background;

        WorkTask(BackgroundTask<T> background) {
            this.background = background;
            updateTitle(background.title());
        }

        @Override
        protected T call() throws Exception {
            return background.work().run(new Progress() {
                @Override
                public void update(long done, long total) {
                    updateProgress(done, total);
                }

                @Override
                public boolean isCancelled() {
                    return WorkTask.this.isCancelled();
                }
            });
        }
    }
}
