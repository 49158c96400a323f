package id.jalin.member.domain.csv;

import id.jalin.member.domain.Member;
import java.util.List;

/**
 * A member the file describes (library not yet stored, staff from every row of its code), and the row that
 * defined its library, which is where a later refusal of the whole member is reported.
 */
public record PlannedMember(Member member, int rowNumber, List<String> rawValues) {
    public PlannedMember {
        rawValues = List.copyOf(rawValues);
    }

    public String code() {
        return member.library().code();
    }
}
