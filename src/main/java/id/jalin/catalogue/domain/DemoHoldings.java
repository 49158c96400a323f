package id.jalin.catalogue.domain;

import id.jalin.kernel.task.Progress;
import java.util.List;

/**
 * Holdings for the demo forum's members, generated (the same every time) with titles shared among them, so a new
 * user sees the union catalogue working: a search finds works several members hold, side by side.
 */
public final class DemoHoldings {
    /** Enough for searching to feel real, few enough to load in seconds on a new workstation. */
    static final int RECORDS_PER_MEMBER = 250;
    private static final long SEED = 2026L;

    private DemoHoldings() {
    }

    public static void loadInto(UnionCatalogueService catalogue, List<Long> memberIds, Progress progress) {
        SyntheticCatalogue synthetic = new SyntheticCatalogue(SEED, Math.max(1, memberIds.size()));
        for (int index = 0; index < memberIds.size(); index++) {
            progress.checkCancelled();
            int member = index;
            catalogue.load(memberIds.get(index), new LoadInfo(HoldingsSource.JALIN_CSV, "demo-holdings.csv"),
                    sink -> synthetic.member(member, RECORDS_PER_MEMBER, sink::accept), progress);
        }
    }
}
