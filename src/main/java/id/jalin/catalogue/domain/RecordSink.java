package id.jalin.catalogue.domain;

import id.jalin.kernel.importing.RejectedRow;

/**
 * Where a reader or a harvester hands what it reads, one record at a time, so that a member's twenty thousand
 * records never sit in memory at once. A record it cannot use is set aside with its position and reasons (a
 * {@link RejectedRow} whose row number is the record's position in the file or the harvest, counted from 1, and
 * whose raw values say which record it was: its id and the start of its title where they could be read).
 */
public interface RecordSink {
    void accept(CatalogueRecord record);

    void setAside(RejectedRow reason);

    /**
     * A record the member's server says it deleted since the last harvest: a harvest of changes only takes it out;
     * a load that replaces everything has nothing to do with it.
     */
    default void deleted(String sourceId) {
    }
}
