package id.jalin.app;

import id.jalin.acquisition.domain.AcquisitionMember;
import id.jalin.acquisition.domain.AcquisitionMembers;
import id.jalin.member.domain.Library;
import id.jalin.member.domain.MemberService;
import id.jalin.member.domain.MemberStatus;
import java.util.Comparator;
import java.util.List;

/** The member register as joint acquisition reads it: only an active member joins a new round. */
final class RegisterForAcquisition implements AcquisitionMembers {
    private final MemberService members;

    RegisterForAcquisition(MemberService members) {
        this.members = members;
    }

    @Override
    public List<AcquisitionMember> all() {
        return members.libraries().stream().map(RegisterForAcquisition::member)
                .sorted(Comparator.comparing(AcquisitionMember::code)).toList();
    }

    private static AcquisitionMember member(Library library) {
        return new AcquisitionMember(library.id(), library.code(), library.name(),
                library.status() == MemberStatus.ACTIVE);
    }
}
