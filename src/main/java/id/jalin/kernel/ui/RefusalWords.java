package id.jalin.kernel.ui;

import id.jalin.kernel.i18n.Labels;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.validation.FieldError;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A service's refusals in the reader's words: each message with its arguments shown as a person reads them (an
 * enum by its label, a date for the language), singly, all on lines, or keyed by the form field they belong to.
 */
public final class RefusalWords {
    private final Messages messages;
    private final UnaryOperator<Object> feature;

    public RefusalWords(Messages messages) {
        this(messages, UnaryOperator.identity());
    }

    /** @param feature shows a feature's own arguments (such as a status passed by name); others it returns as given */
    public RefusalWords(Messages messages, UnaryOperator<Object> feature) {
        this.messages = messages;
        this.feature = feature;
    }

    public String error(FieldError error) {
        return messages.get(error.messageKey(), error.args().stream().map(this::shown).toArray());
    }

    public String errors(List<FieldError> errors) {
        return String.join("\n", errors.stream().map(this::error).toList());
    }

    /** The refusals keyed by the form's field, several for one field on lines of their own. */
    public Map<String, String> byField(List<FieldError> errors) {
        Map<String, String> shown = new LinkedHashMap<>();
        for (FieldError error : errors) {
            shown.merge(error.field(), error(error), (a, b) -> a + "\n" + b);
        }
        return shown;
    }

    private Object shown(Object argument) {
        Object own = feature.apply(argument);
        if (own != argument) {
            return own;
        }
        if (argument instanceof Enum<?> value) {
            Labels labels = value.getDeclaringClass().getAnnotation(Labels.class);
            return labels == null || labels.value().length == 0 ? value.name()
                    : messages.label(labels.value()[0], value);
        }
        if (argument instanceof LocalDate date) {
            return messages.date(date);
        }
        return argument;
    }
}
