package id.jalin.agreement.domain;

import java.time.LocalDate;

/** Derives an agreement's status from its dates and what was done with it. Nobody types a status in. */
public final class AgreementStatusRule {
    private AgreementStatusRule() {
    }

    /**
     * @param warningDays how many days before the end an agreement counts as expiring (a setting, default 90)
     * @param renewedBySuccessor whether a later agreement continues this one
     */
    public static AgreementStatus statusOn(Agreement agreement, LocalDate today, int warningDays,
                                           boolean renewedBySuccessor) {
        Termination termination = agreement.termination();
        if (termination != null && termination.on() != null && !termination.on().isAfter(today)) {
            return AgreementStatus.TERMINATED;
        }
        if (agreement.signedOn() == null) {
            return AgreementStatus.DRAFT;
        }
        LocalDate end = agreement.effectiveEnd(today);
        if (end.isBefore(today)) {
            return renewedBySuccessor ? AgreementStatus.RENEWED : AgreementStatus.EXPIRED;
        }
        if (renewedBySuccessor) {
            return AgreementStatus.RENEWED;
        }
        if (!end.isAfter(today.plusDays(warningDays))) {
            return AgreementStatus.EXPIRING;
        }
        return AgreementStatus.ACTIVE;
    }
}
