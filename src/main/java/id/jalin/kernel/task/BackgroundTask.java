package id.jalin.kernel.task;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * Work for the background and what to do with its outcome on the FX thread:
 * {@code BackgroundTask.wrap(work).titled(text).onSuccess(...).onFailure(...)}.
 */
public final class BackgroundTask<T> {
    private final Work<T> work;
    private String title = "";
    private boolean showsProgress;
    private Consumer<T> onSuccess = result -> { };
    private Consumer<Throwable> onFailure = failure -> { };
    private Runnable onCancelled = () -> { };

    private BackgroundTask(Work<T> work) {
        this.work = Objects.requireNonNull(work);
    }

    public static <T> BackgroundTask<T> wrap(Work<T> work) {
        return new BackgroundTask<>(work);
    }

    /** Shows the work in the status bar with a progress bar and a Cancel button. */
    public BackgroundTask<T> withProgress(String visibleTitle) {
        this.title = visibleTitle;
        this.showsProgress = true;
        return this;
    }

    public BackgroundTask<T> onSuccess(Consumer<T> handler) {
        this.onSuccess = handler;
        return this;
    }

    public BackgroundTask<T> onFailure(Consumer<Throwable> handler) {
        this.onFailure = handler;
        return this;
    }

    public BackgroundTask<T> onCancelled(Runnable handler) {
        this.onCancelled = handler;
        return this;
    }

    Work<T> work() {
        return work;
    }

    public String title() {
        return title;
    }

    public boolean showsProgress() {
        return showsProgress;
    }

    void succeeded(T result) {
        onSuccess.accept(result);
    }

    void failed(Throwable failure) {
        onFailure.accept(failure);
    }

    void cancelled() {
        onCancelled.run();
    }
}
