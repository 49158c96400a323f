package id.jalin.kernel.validation;

import id.jalin.kernel.concurrency.RecordGoneException;
import id.jalin.kernel.concurrency.StaleRecordException;
import java.util.function.Supplier;

/**
 * What became of a save, the one result type every service returns for it: stored (with the stored value), refused
 * with the reasons per field, or refused because someone else changed or deleted the record since it was opened.
 * Failures nobody can act on at the form (the server went away) stay exceptions.
 */
public sealed interface SaveResult<T> {
    record Saved<T>(T value) implements SaveResult<T> {
    }

    record Invalid<T>(Validation validation) implements SaveResult<T> {
    }

    /** Someone else saved the record after it was opened here; storing now would overwrite their change. */
    record Stale<T>(String recordLabel) implements SaveResult<T>, Conflict {
        @Override
        public boolean deleted() {
            return false;
        }
    }

    /** Someone else deleted the record after it was opened here. */
    record Gone<T>(String recordLabel) implements SaveResult<T>, Conflict {
        @Override
        public boolean deleted() {
            return true;
        }
    }

    /** A save refused because of another person's change; the screens ask about both kinds the same way. */
    sealed interface Conflict permits Stale, Gone {
        String recordLabel();

        boolean deleted();
    }

    static <T> SaveResult<T> invalid(Validation validation) {
        return new Invalid<>(validation);
    }

    /** Stores when {@code validation} passed; a record changed or deleted by others meanwhile becomes a result. */
    static <T> SaveResult<T> store(Validation validation, Supplier<T> storage) {
        if (!validation.isValid()) {
            return new Invalid<>(validation);
        }
        try {
            return new Saved<>(storage.get());
        } catch (StaleRecordException e) {
            return new Stale<>(e.recordLabel());
        } catch (RecordGoneException e) {
            return new Gone<>(e.recordLabel());
        }
    }

    /** Passes another save's refusal on unchanged, typed for this one. */
    @SuppressWarnings("unchecked")
    default <U> SaveResult<U> refusal() {
        if (this instanceof Saved<T>) {
            throw new IllegalStateException("A saved result is no refusal");
        }
        return (SaveResult<U>) this;
    }

    default boolean isSaved() {
        return this instanceof Saved<T>;
    }
}
