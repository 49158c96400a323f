package id.jalin.member.domain;

/** Where a library stands in the forum. */
public enum MemberStatus {
    ACTIVE, SUSPENDED, LEFT
}
