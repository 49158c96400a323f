package id.jalin.kernel.importing;

import id.jalin.kernel.task.Progress;

/**
 * Stores a plan: merges it with what is stored and saves everything good in one transaction, reporting progress and
 * checking Cancel between units of work, so that a Cancel or a failure stores nothing (decision 0006).
 *
 * @param <R> what the feature reports back (counts of created and updated records, and the rows refused)
 */
@FunctionalInterface
public interface ImportApplier<T, R> {
    R apply(ImportPlan<T> plan, Progress progress);
}
