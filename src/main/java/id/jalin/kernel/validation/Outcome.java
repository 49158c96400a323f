package id.jalin.kernel.validation;

/** What became of a save: stored (with the stored value), or refused with the reasons per field. */
public sealed interface Outcome<T> {
    record Saved<T>(T value) implements Outcome<T> {
    }

    record Invalid<T>(Validation validation) implements Outcome<T> {
    }
}
