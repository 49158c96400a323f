package id.jalin.member.ui;

import id.jalin.member.domain.ForumRole;
import id.jalin.member.domain.StaffMember;

/** A staff line in the form's table, kept in the view model until the member is saved. */
record StaffRow(Long id, int version, String name, String position, String email, String phone, ForumRole role) {
    static StaffRow of(StaffMember person) {
        return new StaffRow(person.id(), person.version(), person.name(), person.position(), person.email(),
                person.phone(), person.role());
    }

    StaffMember toStaff() {
        return new StaffMember(id, version, name, position, email, phone, role);
    }

    StaffRow withValues(String newName, String newPosition, String newEmail, String newPhone, ForumRole newRole) {
        return new StaffRow(id, version, newName, newPosition, newEmail, newPhone, newRole);
    }
}
