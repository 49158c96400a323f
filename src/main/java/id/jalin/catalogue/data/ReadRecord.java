package id.jalin.catalogue.data;

import id.jalin.catalogue.domain.CatalogueRecord;
import id.jalin.catalogue.domain.ClusterKeys;
import id.jalin.catalogue.domain.MatchKeys;
import id.jalin.catalogue.domain.WorkMatch;

/**
 * A record as read, with what a load needs of it that depends on the record alone, worked out on the reading thread
 * ({@link ReadAhead}) so that the load's own thread only places and stores it.
 *
 * @param keys what the clustering compares it by
 * @param hashed the same keys as the matcher compares them with the members' keys held in memory
 * @param lookupHashes the hashes it is looked up by there (its identifiers and its cluster key)
 * @param row its columns as {@link RecordRows#draft} fills them, the load's own columns still empty
 * @param match the work it goes into when it was placed on the reading thread too ({@link Placement}), else null
 * @param repeated whether the load had a record with its id before (then it is set aside, not placed)
 */
record ReadRecord(CatalogueRecord record, MatchKeys keys, MatchKeys hashed, long[] lookupHashes, Object[] row,
                  WorkMatch match, boolean repeated) {
    static ReadRecord of(CatalogueRecord record) {
        MatchKeys keys = ClusterKeys.of(record);
        return new ReadRecord(record, keys, MemberKeys.hashed(keys), MemberKeys.lookupHashes(keys),
                RecordRows.draft(record, keys), null, false);
    }

    ReadRecord placedIn(WorkMatch work) {
        return new ReadRecord(record, keys, hashed, lookupHashes, row, work, false);
    }

    ReadRecord seenBefore() {
        return new ReadRecord(record, keys, hashed, lookupHashes, row, null, true);
    }

    String sourceId() {
        return record.sourceId();
    }
}
