package id.jalin.member.domain;

import java.util.List;

/** What became of a delete: gone, or refused because other records still point at the library. */
public sealed interface DeleteOutcome {
    record Deleted() implements DeleteOutcome {
    }

    record Refused(List<MemberReference> references) implements DeleteOutcome {
    }
}
