package id.jalin.app;

import id.jalin.exchange.domain.ExchangeMember;
import id.jalin.exchange.domain.ExchangeMembers;
import id.jalin.member.domain.MemberService;
import id.jalin.member.domain.MemberStatus;
import java.util.Comparator;
import java.util.List;

/**
 * The member register as the exchange ledgers read it. Only an active member starts a partnership; one suspended or
 * gone keeps its old partnerships and their history.
 */
final class RegisterForExchange implements ExchangeMembers {
    private final MemberService members;

    RegisterForExchange(MemberService members) {
        this.members = members;
    }

    @Override
    public List<ExchangeMember> all() {
        return members.libraries().stream()
                .map(library -> new ExchangeMember(library.id(), library.code(), library.name(),
                        library.status() == MemberStatus.ACTIVE))
                .sorted(Comparator.comparing(ExchangeMember::code)).toList();
    }
}
