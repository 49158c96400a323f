package id.jalin.loan.ui;

import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.ui.RefusalWords;
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
    private final RefusalWords refusals;

    LoanWords(Messages messages, Map<Long, LoanMember> members) {
        this.messages = messages;
        this.members = members;
        this.refusals = new RefusalWords(messages);
    }

    Messages messages() {
        return messages;
    }

    String error(FieldError error) {
        return refusals.error(error);
    }

    String errors(List<FieldError> errors) {
        return refusals.errors(errors);
    }

    Map<String, String> byField(List<FieldError> errors) {
        return refusals.byField(errors);
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
