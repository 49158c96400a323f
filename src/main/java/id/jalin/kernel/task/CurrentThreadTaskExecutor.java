package id.jalin.kernel.task;

/** Runs each task at once on the calling thread: deterministic view-model tests. */
public final class CurrentThreadTaskExecutor implements TaskExecutor {
    private final FailurePresenter presenter;

    /** Unhandled failures are thrown at the test, so none goes unnoticed. */
    public CurrentThreadTaskExecutor() {
        this(FailurePresenter.RETHROW);
    }

    public CurrentThreadTaskExecutor(FailurePresenter presenter) {
        this.presenter = presenter;
    }

    @Override
    public <T> void execute(BackgroundTask<T> task) {
        T result;
        try {
            result = task.work().run(Progress.NONE);
        } catch (CancelledException e) {
            task.cancelled();
            return;
        } catch (Exception e) {
            task.failed(e, presenter, () -> execute(task));
            return;
        }
        task.succeeded(result);
    }
}
