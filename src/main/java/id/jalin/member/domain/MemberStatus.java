package id.jalin.member.domain;

import id.jalin.kernel.i18n.Labels;

/** Where a library stands in the forum. */
@Labels("member.status")
public enum MemberStatus {
    ACTIVE, SUSPENDED, LEFT
}
