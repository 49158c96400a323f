package id.jalin.kernel.task;

/**
 * Tells the user that background work failed, when the task did not say it handles its failure itself.
 * The app shows a dialog with words from the bundles; tests record what would have been shown.
 */
@FunctionalInterface
public interface FailurePresenter {
    /** {@code actionTitle} is the task's visible title ("Cetak kartu"), empty when it has none. */
    void present(String actionTitle, Throwable failure);

    /** For view-model tests: a failure nobody handles fails the test instead of vanishing. */
    FailurePresenter RETHROW = (title, failure) -> {
        throw new IllegalStateException("Unhandled failure of background work '" + title + "'", failure);
    };
}
