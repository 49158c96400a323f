package id.jalin.redistribution.ui;

import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.ui.RefusalWords;
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

    private final RefusalWords refusals;

    RedistributionWords(Messages messages) {
        this.messages = messages;
        this.refusals = new RefusalWords(messages);
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
        return refusals.error(error);
    }

    String errors(List<FieldError> errors) {
        return refusals.errors(errors);
    }

    /** The refusals keyed by the form's field, several for one field on separate lines. */
    Map<String, String> byField(List<FieldError> errors) {
        return refusals.byField(errors);
    }
}
