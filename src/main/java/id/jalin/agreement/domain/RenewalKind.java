package id.jalin.agreement.domain;

/** What happens at the end: nothing, a new agreement is signed, or it extends itself unless notice is given. */
public enum RenewalKind {
    NONE, NEW_AGREEMENT, AUTOMATIC
}
