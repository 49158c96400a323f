package id.jalin.kernel.ui;

import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.validation.FieldError;
import id.jalin.kernel.validation.Validation;
import java.util.LinkedHashMap;
import java.util.Map;

/** A refused save's reasons as words per field (several joined by lines), for a form to show beside each field. */
public final class FieldErrorTexts {
    private FieldErrorTexts() {
    }

    public static Map<String, String> byField(Validation validation, Messages messages) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldError error : validation.errors()) {
            errors.merge(error.field(), messages.get(error.messageKey(), error.args().toArray()),
                    (first, second) -> first + "\n" + second);
        }
        return errors;
    }
}
