package id.jalin.kernel.access;

import id.jalin.kernel.i18n.Labels;

/** What a person may do in Jalin; every service checks it through {@link Permissions}. */
@Labels("access.role")
public enum Role {
    /** Everything, including users and forum settings. */
    COORDINATOR,
    /** Everything but users and forum settings. */
    SECRETARY,
    /** Their own library's records (and later their proposals, loan requests, announcements); reads the rest. */
    MEMBER_STAFF,
    /** Reads everything, changes nothing. */
    READ_ONLY
}
