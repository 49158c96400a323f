package id.jalin.agreement.domain;

import id.jalin.kernel.i18n.Labels;

/** Where an agreement stands. Always derived from its dates and actions, never typed in. */
@Labels("agreement.status")
public enum AgreementStatus {
    DRAFT, ACTIVE, EXPIRING, EXPIRED, RENEWED, TERMINATED
}
