package id.jalin.catalogue.harvest;

import id.jalin.catalogue.domain.HoldingsSource;
import java.util.List;
import java.util.Objects;

/**
 * What a finished harvest did, beside the records it handed to the sink.
 *
 * @param source how the holdings came: {@link HoldingsSource#OAI_PMH}, or {@link HoldingsSource#SLIMS_MODS} for a
 *        SLiMS catalogue read through its MODS pages
 * @param requests how many pages it asked the server for (list pages and, for SLiMS MODS, record pages)
 * @param records how many records it handed to the sink or set aside
 * @param deletedIds the ids ({@link id.jalin.catalogue.domain.CatalogueRecord#sourceId()}) of records the server
 *        reported as deleted; they were skipped
 * @param incremental whether only the changes since {@link HarvestRequest#from()} were asked for. When false the
 *        harvest was whole and replaces the member's holdings; when true it adds to them and the deleted ids leave
 */
public record HarvestSummary(HoldingsSource source, int requests, int records, List<String> deletedIds,
                             boolean incremental) {
    public HarvestSummary {
        Objects.requireNonNull(source, "source");
        deletedIds = List.copyOf(deletedIds);
    }

    public int deleted() {
        return deletedIds.size();
    }
}
