package id.jalin.catalogue.data;

import id.jalin.catalogue.domain.CatalogueRecord;
import id.jalin.catalogue.domain.ClusterKeys;
import id.jalin.catalogue.domain.MatchKeys;

/**
 * A record as read, with what a load needs of it that depends on the record alone, worked out on the reading thread
 * ({@link ReadAhead}) so that the load's own thread only places and stores it.
 *
 * @param keys what the clustering compares it by
 * @param hashed the same keys as the matcher compares them with the members' keys held in memory
 * @param lookupHashes the hashes it is looked up by there (its identifiers and its cluster key)
 * @param row its columns as {@link RecordRows#draft} fills them, the load's own columns still empty
 */
record ReadRecord(CatalogueRecord record, MatchKeys keys, MatchKeys hashed, long[] lookupHashes, Object[] row) {
    static ReadRecord of(CatalogueRecord record) {
        MatchKeys keys = ClusterKeys.of(record);
        return new ReadRecord(record, keys, MemberKeys.hashed(keys), MemberKeys.lookupHashes(keys),
                RecordRows.draft(record, keys));
    }

    String sourceId() {
        return record.sourceId();
    }
}
