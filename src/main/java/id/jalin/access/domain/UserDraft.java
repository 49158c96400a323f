package id.jalin.access.domain;

import id.jalin.kernel.access.Role;

/** A user about to be created: what the form asks besides the password. */
public record UserDraft(String loginName, String displayName, Role role, Long memberLibraryId) {
    public UserDraft {
        loginName = loginName == null ? "" : loginName.strip();
        displayName = displayName == null ? "" : displayName.strip();
        if (role != Role.MEMBER_STAFF) {
            memberLibraryId = null;
        }
    }
}
