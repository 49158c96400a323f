package id.jalin.catalogue.harvest;

import id.jalin.catalogue.domain.RecordSink;
import id.jalin.kernel.task.Progress;

/**
 * Pulls a member's holdings from its catalogue server and hands them to a sink one record at a time. A harvest
 * either ends with every record handed over or throws: the caller stores what the sink received in one
 * transaction, so a failed or cancelled harvest leaves the member's previous holdings as they were.
 */
public interface Harvester {
    /**
     * @throws HarvestFailedException the server could not be reached, answered with an error, or sent something that
     *         is not what it should; records already handed to the sink must be thrown away
     * @throws id.jalin.kernel.task.CancelledException the user pressed Cancel (checked between requests)
     */
    HarvestSummary harvest(HarvestRequest request, RecordSink sink, Progress progress) throws HarvestFailedException;

    /**
     * Whether the server can give only what changed since a day, deleted records included, so that a later harvest
     * need not fetch everything again (SLiMS keeps no datestamps: always whole).
     */
    default boolean harvestsChanges() {
        return false;
    }
}
