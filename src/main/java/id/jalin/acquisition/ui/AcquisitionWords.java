package id.jalin.acquisition.ui;

import id.jalin.acquisition.domain.AcquisitionMember;
import id.jalin.acquisition.domain.DuplicateFlag;
import id.jalin.acquisition.domain.PurchaseRound;
import id.jalin.acquisition.domain.SplitRule;
import id.jalin.catalogue.domain.MatchRule;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.money.Money;
import id.jalin.kernel.ui.RefusalWords;
import id.jalin.kernel.validation.FieldError;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Joint acquisition's values in the reader's words: members by code and name, Rupiah and dates for the language,
 * a refusal's arguments as labels, and a duplicate flag's evidence as a sentence.
 */
final class AcquisitionWords {
    private final Messages messages;
    private final Map<Long, AcquisitionMember> members = new HashMap<>();
    private final RefusalWords refusals;

    AcquisitionWords(Messages messages) {
        this.messages = messages;
        this.refusals = new RefusalWords(messages, this::statusShown);
    }

    Messages messages() {
        return messages;
    }

    void members(List<AcquisitionMember> all) {
        members.clear();
        all.forEach(member -> members.put(member.id(), member));
    }

    List<AcquisitionMember> members() {
        return members.values().stream().sorted(java.util.Comparator.comparing(AcquisitionMember::code)).toList();
    }

    AcquisitionMember member(long id) {
        return members.get(id);
    }

    String code(long id) {
        AcquisitionMember member = members.get(id);
        return member == null ? "#" + id : member.code();
    }

    String name(long id) {
        AcquisitionMember member = members.get(id);
        return member == null ? "#" + id : member.code() + " \u2013 " + member.name();
    }

    String money(Money money) {
        return money == null ? "" : messages.money(money);
    }

    String date(LocalDate date) {
        return date == null ? "" : messages.date(date);
    }

    String label(String prefix, Enum<?> value) {
        return messages.label(prefix, value);
    }

    /** A participant's weight or agreed percentage as the rule reads it. */
    String share(PurchaseRound round, long weight) {
        return switch (round.splitRule()) {
            case WEIGHTED -> messages.get("acquisition.ui.round.weight", weight);
            case FIXED_PERCENT -> messages.get("acquisition.ui.round.percent", BigDecimal.valueOf(weight, 2));
            case OWN_COPIES, EQUAL -> "";
        };
    }

    static boolean ruleHasShares(SplitRule rule) {
        return rule == SplitRule.WEIGHTED || rule == SplitRule.FIXED_PERCENT;
    }

    /** The flag with its evidence: who holds or asked for it, how many copies, which key matched. */
    String evidence(DuplicateFlag flag) {
        String key = messages.get(flag.rule() == MatchRule.ISBN ? "acquisition.ui.flag.byIsbn"
                : "acquisition.ui.flag.byTitle", flag.key());
        String kind = messages.label("acquisition.flag", flag.kind());
        String detail = switch (flag.kind()) {
            case HELD_BY_MEMBER -> messages.get("acquisition.ui.flag.held", name(flag.memberId()), flag.copies(),
                    flag.title());
            case SAME_ROUND -> messages.get("acquisition.ui.flag.sameRound", name(flag.memberId()), flag.copies(),
                    flag.title());
            case EARLIER_ORDER -> messages.get("acquisition.ui.flag.earlier", flag.otherRoundName(),
                    name(flag.memberId()), flag.copies(), flag.title());
        };
        return kind + ": " + detail + " (" + key + ")";
    }

    String error(FieldError error) {
        return refusals.error(error);
    }

    String errors(List<FieldError> errors) {
        return refusals.errors(errors);
    }

    /** The refusals by field, several for one field on lines of their own. */
    Map<String, String> byField(List<FieldError> errors) {
        return refusals.byField(errors);
    }

    /** A round's status, which the service names in its refusals, in the reader's words. */
    private Object statusShown(Object argument) {
        if (argument instanceof String text && isStatusName(text)) {
            return messages.label("acquisition.status", id.jalin.acquisition.domain.RoundStatus.valueOf(text));
        }
        return argument;
    }

    private static boolean isStatusName(String text) {
        for (var status : id.jalin.acquisition.domain.RoundStatus.values()) {
            if (status.name().equals(text)) {
                return true;
            }
        }
        return false;
    }
}
