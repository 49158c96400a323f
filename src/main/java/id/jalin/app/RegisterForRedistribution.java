package id.jalin.app;

import id.jalin.member.domain.Library;
import id.jalin.member.domain.MemberService;
import id.jalin.member.domain.MemberStatus;
import id.jalin.redistribution.domain.RedistributionMember;
import id.jalin.redistribution.domain.RedistributionMembers;
import java.util.Comparator;
import java.util.List;

/**
 * The member register as surplus redistribution reads it: its collection size (which decides "smaller libraries
 * first") and whether it is still in the forum (a library that left is given nothing).
 */
final class RegisterForRedistribution implements RedistributionMembers {
    private final MemberService members;

    RegisterForRedistribution(MemberService members) {
        this.members = members;
    }

    @Override
    public List<RedistributionMember> all() {
        return members.libraries().stream().map(RegisterForRedistribution::member)
                .sorted(Comparator.comparing(RedistributionMember::code)).toList();
    }

    private static RedistributionMember member(Library library) {
        return new RedistributionMember(library.id(), library.code(), library.name(), library.collectionTitles(),
                library.status() == MemberStatus.ACTIVE);
    }
}
