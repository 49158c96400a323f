package id.jalin.kernel.task;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * Work for the background and what to do with its outcome on the FX thread:
 * {@code BackgroundTask.wrap(work).titled(text).onSuccess(...)}, or {@code .withProgress(text)} instead of
 * {@code .titled(text)} for long work the status bar shows with Cancel.
 * <p>
 * A failure is never silent: the executor logs it and, unless the screen handles it itself with {@link #onFailure},
 * hands it to its {@link FailurePresenter}, which shows "could not &lt;title&gt;" with the reason in words.
 */
public final class BackgroundTask<T> {
    private final Work<T> work;
    private String title = "";
    private boolean showsProgress;
    private Consumer<T> onSuccess = result -> { };
    /** Null until a screen says it handles failures itself; then the executor's presenter stays out of it. */
    private Consumer<Throwable> onFailure;
    private Runnable onCancelled = () -> { };
    private Runnable onDone = () -> { };

    private BackgroundTask(Work<T> work) {
        this.work = Objects.requireNonNull(work);
    }

    public static <T> BackgroundTask<T> wrap(Work<T> work) {
        return new BackgroundTask<>(work);
    }

    /** Names the work for the failure dialog ("could not ..."), without showing it in the status bar. */
    public BackgroundTask<T> titled(String visibleTitle) {
        this.title = visibleTitle;
        return this;
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

    /** The screen shows this failure itself (next to a field, in its own dialog); replaces the failure dialog. */
    public BackgroundTask<T> onFailure(Consumer<Throwable> handler) {
        this.onFailure = Objects.requireNonNull(handler);
        return this;
    }

    /** Runs first whatever the outcome (success, failure or cancel): for clearing a busy mark. */
    public BackgroundTask<T> whenDone(Runnable handler) {
        this.onDone = Objects.requireNonNull(handler);
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
        onDone.run();
        onSuccess.accept(result);
    }

    void failed(Throwable failure, FailurePresenter presenter) {
        failed(failure, presenter, null);
    }

    /** {@code retry} (may be null) runs the same work again, offered by the presenter when it can help. */
    void failed(Throwable failure, FailurePresenter presenter, Runnable retry) {
        onDone.run();
        if (onFailure == null) {
            if (retry == null) {
                presenter.present(title, failure);
            } else {
                presenter.present(title, failure, retry);
            }
        } else {
            onFailure.accept(failure);
        }
    }

    void cancelled() {
        onDone.run();
        onCancelled.run();
    }
}
