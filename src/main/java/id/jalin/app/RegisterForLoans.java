package id.jalin.app;

import id.jalin.loan.domain.LoanMember;
import id.jalin.loan.domain.LoanMembers;
import id.jalin.member.domain.Library;
import id.jalin.member.domain.MemberService;
import id.jalin.member.domain.MemberStatus;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The member register as interlibrary loans read it. Only an active member is asked to lend or may borrow: one
 * suspended or gone from the forum is shown on its old requests but not offered.
 */
final class RegisterForLoans implements LoanMembers {
    private final MemberService members;

    RegisterForLoans(MemberService members) {
        this.members = members;
    }

    @Override
    public Map<Long, LoanMember> members(Collection<Long> ids) {
        return all().stream().filter(member -> ids.contains(member.id()))
                .collect(Collectors.toMap(LoanMember::id, Function.identity()));
    }

    @Override
    public List<LoanMember> all() {
        return members.libraries().stream().map(RegisterForLoans::member)
                .sorted(java.util.Comparator.comparing(LoanMember::code)).toList();
    }

    private static LoanMember member(Library library) {
        String address = Stream.of(library.address(), library.city()).filter(text -> !text.isBlank())
                .collect(Collectors.joining(", "));
        return new LoanMember(library.id(), library.code(), library.name(), address,
                library.status() == MemberStatus.ACTIVE);
    }
}
