package id.jalin.loan.ui;

import id.jalin.kernel.i18n.Labels;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.validation.FieldError;
import id.jalin.loan.domain.LoanMember;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The loans' values in the reader's words: a refusal's arguments shown as labels and dates (a step's refusal names
 * the step and the state), and member ids as their codes.
 */
final class LoanWords {
    private final Messages messages;
    private final Map<Long, LoanMember> members;

    LoanWords(Messages messages, Map<Long, LoanMember> members) {
        this.messages = messages;
        this.members = members;
    }

    Messages messages() {
        return messages;
    }

    String error(FieldError error) {
        return messages.get(error.messageKey(), error.args().stream().map(this::shown).toArray());
    }

    String errors(List<FieldError> errors) {
        return String.join("\n", errors.stream().map(this::error).toList());
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

    String code(long memberId) {
        LoanMember member = members.get(memberId);
        return member == null ? "#" + memberId : member.code();
    }

    String name(long memberId) {
        LoanMember member = members.get(memberId);
        return member == null ? "#" + memberId : member.code() + " \u2013 " + member.name();
    }

    LoanMember member(long memberId) {
        return members.get(memberId);
    }

    String label(String prefix, Enum<?> value) {
        return messages.label(prefix, value);
    }

    String date(LocalDate date) {
        return date == null ? "" : messages.date(date);
    }
}
