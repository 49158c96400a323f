package id.jalin.redistribution.ui;

import id.jalin.kernel.i18n.Labels;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.validation.FieldError;
import id.jalin.redistribution.domain.RedistributionMember;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The screens' words: members by their codes, dates for the locale, the service's refusals by field. */
final class RedistributionWords {
    private final Messages messages;
    private final Map<Long, RedistributionMember> members = new LinkedHashMap<>();

    RedistributionWords(Messages messages) {
        this.messages = messages;
    }

    Messages messages() {
        return messages;
    }

    void know(List<RedistributionMember> all) {
        members.clear();
        all.forEach(member -> members.put(member.id(), member));
    }

    Map<Long, RedistributionMember> members() {
        return members;
    }

    String code(long memberId) {
        RedistributionMember member = members.get(memberId);
        return member == null ? "#" + memberId : member.code();
    }

    /** A list's date: 01/12/2026 in both languages, one line a row. */
    String shortDate(LocalDate date) {
        return date == null ? "" : messages.inputDateFormat().format(date);
    }

    String error(FieldError error) {
        return messages.get(error.messageKey(), error.args().stream().map(this::shown).toArray());
    }

    String errors(List<FieldError> errors) {
        return String.join("\n", errors.stream().map(this::error).toList());
    }

    /** The refusals keyed by the form's field, several for one field on separate lines. */
    Map<String, String> byField(List<FieldError> errors) {
        Map<String, String> shown = new LinkedHashMap<>();
        for (FieldError error : errors) {
            shown.merge(error.field(), error(error), (a, b) -> a + "\n" + b);
        }
        return shown;
    }

    private Object shown(Object argument) {
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
