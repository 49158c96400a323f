package id.jalin.member.domain;

/** The part a staff member plays in the forum's work, if any. */
public enum ForumRole {
    CONTACT_PERSON, COORDINATOR, SECRETARY, NONE
}
