package id.jalin.catalogue.harvest;

import java.util.List;

/**
 * What a finished harvest did, beside the records it handed to the sink.
 *
 * @param requests how many pages it asked the server for (list pages and, for SLiMS MODS, record pages)
 * @param records how many records it handed to the sink or set aside
 * @param deletedIds the ids ({@link id.jalin.catalogue.domain.CatalogueRecord#sourceId()}) of records the server
 *        reported as deleted; they were skipped
 * @param incremental whether only the changes since {@link HarvestRequest#from()} were asked for. When false the
 *        harvest was whole and replaces the member's holdings; when true it adds to them and the deleted ids leave
 */
public record HarvestSummary(int requests, int records, List<String> deletedIds, boolean incremental) {
    public HarvestSummary {
        deletedIds = List.copyOf(deletedIds);
    }

    public int deleted() {
        return deletedIds.size();
    }
}
