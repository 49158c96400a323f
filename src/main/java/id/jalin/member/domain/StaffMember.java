package id.jalin.member.domain;

/** A person working at a member library, and the role they play in the forum. */
public record StaffMember(Long id, int version, String name, String position, String email, String phone,
                          ForumRole role) {
    public StaffMember {
        name = Library.clean(name);
        position = Library.clean(position);
        email = Library.clean(email);
        phone = Library.clean(phone);
        role = role == null ? ForumRole.NONE : role;
    }

    public static StaffMember newStaff(String name, String position, String email, String phone, ForumRole role) {
        return new StaffMember(null, 0, name, position, email, phone, role);
    }

    public StaffMember asUpdateOf(StaffMember stored) {
        return new StaffMember(stored.id(), stored.version(), name, position, email, phone, role);
    }
}
