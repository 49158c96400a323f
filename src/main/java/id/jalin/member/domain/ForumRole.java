package id.jalin.member.domain;

import id.jalin.kernel.i18n.Labels;

/** The part a staff member plays in the forum's work, if any. */
@Labels("member.role")
public enum ForumRole {
    CONTACT_PERSON, COORDINATOR, SECRETARY, NONE
}
