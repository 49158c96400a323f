package id.jalin.kernel.validation;

import java.util.List;

/** One reason a value was refused: which field, and the bundle key (with arguments) that says why. */
public record FieldError(String field, String messageKey, List<Object> args) {
    public FieldError {
        args = List.copyOf(args);
    }

    public static FieldError of(String field, String messageKey, Object... args) {
        return new FieldError(field, messageKey, List.of(args));
    }
}
