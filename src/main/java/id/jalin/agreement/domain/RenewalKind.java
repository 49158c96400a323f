package id.jalin.agreement.domain;

import id.jalin.kernel.i18n.Labels;

/** What happens at the end: nothing, a new agreement is signed, or it extends itself unless notice is given. */
@Labels("agreement.renewal")
public enum RenewalKind {
    NONE, NEW_AGREEMENT, AUTOMATIC
}
