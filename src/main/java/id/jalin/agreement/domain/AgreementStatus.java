package id.jalin.agreement.domain;

/** Where an agreement stands. Always derived from its dates and actions, never typed in. */
public enum AgreementStatus {
    DRAFT, ACTIVE, EXPIRING, EXPIRED, RENEWED, TERMINATED
}
