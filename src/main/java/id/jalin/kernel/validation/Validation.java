package id.jalin.kernel.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The outcome of checking a value: either it is valid, or it carries the field errors that say why not. */
public record Validation(List<FieldError> errors) {
    public Validation {
        errors = List.copyOf(errors);
    }

    public static Validation ok() {
        return new Validation(List.of());
    }

    public boolean isValid() {
        return errors.isEmpty();
    }

    public Optional<FieldError> errorFor(String field) {
        return errors.stream().filter(e -> e.field().equals(field)).findFirst();
    }

    public Validation and(Validation other) {
        List<FieldError> all = new ArrayList<>(errors);
        all.addAll(other.errors);
        return new Validation(all);
    }

    /** Collects errors while a validator walks through a record's fields. */
    public static final class Builder {
        private final List<FieldError> errors = new ArrayList<>();

        public Builder error(String field, String messageKey, Object... args) {
            errors.add(FieldError.of(field, messageKey, args));
            return this;
        }

        public Builder errorIf(boolean condition, String field, String messageKey, Object... args) {
            return condition ? error(field, messageKey, args) : this;
        }

        public Validation build() {
            return new Validation(errors);
        }
    }

    public static Builder builder() {
        return new Builder();
    }
}
