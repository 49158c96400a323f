package id.jalin.acquisition.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which rounds a list shows: by status (none chosen: all), by the member that coordinates or takes part, and by
 * typed text in the name.
 */
public record RoundFilter(Set<RoundStatus> statuses, Long memberId, String text) {
    public RoundFilter {
        statuses = statuses == null || statuses.isEmpty() ? EnumSet.noneOf(RoundStatus.class)
                : EnumSet.copyOf(statuses);
        text = text == null ? "" : text.strip();
    }

    public static RoundFilter all() {
        return new RoundFilter(Set.of(), null, "");
    }
}
