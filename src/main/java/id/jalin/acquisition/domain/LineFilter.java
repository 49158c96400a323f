package id.jalin.acquisition.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which lines of a round a list shows: one member's (null: every member's), by decision (none chosen: all), by
 * format, and by typed text in the title, author, ISBN or vendor.
 */
public record LineFilter(long roundId, Long memberId, Set<Decision> decisions, ItemFormat format, String text) {
    public LineFilter {
        decisions = decisions == null || decisions.isEmpty() ? EnumSet.noneOf(Decision.class)
                : EnumSet.copyOf(decisions);
        text = text == null ? "" : text.strip();
    }

    public static LineFilter of(long roundId) {
        return new LineFilter(roundId, null, Set.of(), null, "");
    }
}
