package id.jalin.member.domain;

import java.util.List;

/**
 * What became of a delete: gone, refused because other records still point at the library, or refused because
 * someone else changed the library since the list was read.
 */
public sealed interface DeleteOutcome {
    record Deleted() implements DeleteOutcome {
    }

    record Refused(List<MemberReference> references) implements DeleteOutcome {
    }

    record Stale() implements DeleteOutcome {
    }
}
