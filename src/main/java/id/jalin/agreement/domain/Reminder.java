package id.jalin.agreement.domain;

import id.jalin.kernel.i18n.Labels;

import java.time.LocalDate;

/** A line on the start screen: an agreement about to expire, or an obligation overdue or due soon. */
public record Reminder(Kind kind, long agreementId, String agreementNumber, String agreementTitle, LocalDate date,
                       String obligationText, int partyNumber, String partyName) {
    @Labels("agreement.reminders.kind")
    public enum Kind { AGREEMENT_EXPIRING, OBLIGATION_OVERDUE, OBLIGATION_DUE_SOON }
}
