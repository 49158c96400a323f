package id.jalin.access.ui;

import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.validation.FieldError;
import id.jalin.kernel.validation.Validation;
import java.util.LinkedHashMap;
import java.util.Map;

/** A refused user or password's reasons as words per field, for the forms to show next to each field. */
final class AccessErrors {
    private AccessErrors() {
    }

    static Map<String, String> byField(Validation validation, Messages messages) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldError error : validation.errors()) {
            errors.merge(error.field(), messages.get(error.messageKey(), error.args().toArray()),
                    (first, second) -> first + "\n" + second);
        }
        return errors;
    }
}
