package id.jalin.member.domain;

import java.util.List;

/** A library together with its staff: what one form edits and one transaction saves. */
public record Member(Library library, List<StaffMember> staff) {
    public Member {
        staff = List.copyOf(staff);
    }

    public static Member of(Library library) {
        return new Member(library, List.of());
    }
}
