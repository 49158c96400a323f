package id.jalin.kernel.task;

/** Runs each task at once on the calling thread: deterministic view-model tests. */
public final class CurrentThreadTaskExecutor implements TaskExecutor {
    @Override
    public <T> void execute(BackgroundTask<T> task) {
        T result;
        try {
            result = task.work().run(Progress.NONE);
        } catch (CancelledException e) {
            task.cancelled();
            return;
        } catch (Exception e) {
            task.failed(e);
            return;
        }
        task.succeeded(result);
    }
}
