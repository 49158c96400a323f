package id.jalin.kernel.task;

/** Runs background tasks. The app uses {@link FxTaskExecutor}; tests may run work on the calling thread. */
public interface TaskExecutor {
    <T> void execute(BackgroundTask<T> task);
}
