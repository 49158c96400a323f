package id.jalin.loan.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The member register as the loans read it: one call for a whole list of ids. */
public interface LoanMembers {
    Map<Long, LoanMember> members(Collection<Long> ids);

    /** Every member, the ones that left included (old requests still name them), ordered by code. */
    List<LoanMember> all();
}
