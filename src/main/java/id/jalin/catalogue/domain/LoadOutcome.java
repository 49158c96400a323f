package id.jalin.catalogue.domain;

import id.jalin.kernel.importing.ImportResult;
import id.jalin.kernel.importing.RejectedRow;
import java.util.List;
import java.util.Map;

/**
 * What a load did: the records stored, how many of them carry a flag (kept, e.g. a wrong ISBN check digit), the
 * records set aside with their positions and reasons, how many went into works by each rule, and the load as the
 * register now shows it.
 */
public record LoadOutcome(MemberLoad load, int stored, int flagged, Map<MatchRule, Integer> byRule,
                          List<RejectedRow> rejected) implements ImportResult {
    public LoadOutcome {
        byRule = Map.copyOf(byRule);
        rejected = List.copyOf(rejected);
    }

    /** How many of the stored records joined a work that another record already started. */
    public int matched() {
        return byRule.entrySet().stream().filter(entry -> entry.getKey() != MatchRule.OWN)
                .mapToInt(Map.Entry::getValue).sum();
    }
}
