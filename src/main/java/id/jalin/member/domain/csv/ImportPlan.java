package id.jalin.member.domain.csv;

import id.jalin.kernel.csv.RejectedRow;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a file would import, before anything is stored: the members in file order, the rows already refused,
 * the file's headings (to write refused rows back in the same shape) and which columns it has (a column the
 * file lacks leaves the stored value alone).
 */
public record ImportPlan(List<String> headings, Set<MemberCsvColumn> columns, List<PlannedMember> members,
                         List<RejectedRow> rejected) {
    public ImportPlan {
        headings = List.copyOf(headings);
        columns = Set.copyOf(columns);
        members = List.copyOf(members);
        rejected = List.copyOf(rejected);
    }

    /** The members keyed by code, in file order. */
    public Map<String, PlannedMember> byCode() {
        Map<String, PlannedMember> byCode = new LinkedHashMap<>();
        members.forEach(planned -> byCode.put(planned.code(), planned));
        return byCode;
    }
}
