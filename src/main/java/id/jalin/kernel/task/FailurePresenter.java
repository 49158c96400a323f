package id.jalin.kernel.task;

/**
 * Tells the user that background work failed, when the task did not say it handles its failure itself.
 * The app shows a dialog with words from the bundles; tests record what would have been shown.
 */
@FunctionalInterface
public interface FailurePresenter {
    /** {@code actionTitle} is the task's visible title ("Cetak kartu"), empty when it has none. */
    void present(String actionTitle, Throwable failure);

    /**
     * As {@link #present(String, Throwable)}, with a way to run the same work again: a presenter may offer it when
     * trying again can help (the server was away and may be back). The executor passes it; the default ignores it.
     */
    default void present(String actionTitle, Throwable failure, Runnable retry) {
        present(actionTitle, failure);
    }

    /** For view-model tests: a failure nobody handles fails the test instead of vanishing. */
    FailurePresenter RETHROW = (title, failure) -> {
        throw new IllegalStateException("Unhandled failure of background work '" + title + "'", failure);
    };
}
