package id.jalin.app;

import id.jalin.member.domain.Library;
import id.jalin.member.domain.MemberService;
import id.jalin.member.domain.MemberStatus;
import id.jalin.member.domain.StaffMember;
import id.jalin.training.domain.TrainingMember;
import id.jalin.training.domain.TrainingMembers;
import id.jalin.training.domain.TrainingStaff;
import java.util.Comparator;
import java.util.List;

/** The member register as training reads it: members to host and register from, and their staff. */
final class RegisterForTraining implements TrainingMembers {
    private final MemberService members;

    RegisterForTraining(MemberService members) {
        this.members = members;
    }

    @Override
    public List<TrainingMember> all() {
        return members.libraries().stream().map(RegisterForTraining::member)
                .sorted(Comparator.comparing(TrainingMember::code)).toList();
    }

    @Override
    public List<TrainingStaff> staff(long memberId) {
        return members.member(memberId).map(member -> member.staff().stream()
                .filter(person -> person.id() != null)
                .map(person -> staff(memberId, person))
                .sorted(Comparator.comparing(TrainingStaff::name, String.CASE_INSENSITIVE_ORDER)).toList())
                .orElse(List.of());
    }

    private static TrainingMember member(Library library) {
        return new TrainingMember(library.id(), library.code(), library.name(),
                library.status() == MemberStatus.ACTIVE);
    }

    private static TrainingStaff staff(long memberId, StaffMember person) {
        return new TrainingStaff(person.id(), memberId, person.name(), person.position(), person.email());
    }
}
