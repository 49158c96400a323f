package id.jalin.catalogue.data;

import static id.jalin.kernel.db.generated.Tables.CATALOGUE_KEY;
import static id.jalin.kernel.db.generated.Tables.CATALOGUE_LOAD;
import static id.jalin.kernel.db.generated.Tables.CATALOGUE_RECORD;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record2;
import org.jooq.Row2;
import org.jooq.SelectField;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Finds stored records by the keys the clustering looks them up by: their first identifier, their further
 * identifiers (the key table) and their cluster key (decision 0022). Used by a load placing its records and by a
 * purchase check looking for titles already held. The first identifier and the cluster key are indexed within each
 * member (V24: so that a load writes into its own member's part of the index), so they are asked for every member:
 * every member with holdings has a load row.
 */
final class CandidateLookup {
    /**
     * Keys asked a hundred at a time: H2 checks each row an IN list finds against the whole list again, so a list of
     * a thousand keys made the lookups the load's largest cost (measured in the import bench).
     */
    static final int LOOKUP = 100;
    /** (member, key) pairs a query: a statement's bind values stay well under PostgreSQL's 32,767. */
    static final int PAIRS = 1000;

    private CandidateLookup() {
    }

    /** Hands every record sharing one of the identifiers or cluster keys to {@code each}, some more than once. */
    static void find(DSLContext dsl, Collection<String> identifiers, Collection<String> clusters,
                     List<SelectField<?>> fields, Consumer<Record> each) {
        if (identifiers.isEmpty() && clusters.isEmpty()) {
            return;
        }
        List<Long> members = dsl.select(CATALOGUE_LOAD.MEMBER_ID).from(CATALOGUE_LOAD).orderBy(CATALOGUE_LOAD.MEMBER_ID)
                .fetch(CATALOGUE_LOAD.MEMBER_ID);
        for (List<String> chunk : chunks(identifiers, LOOKUP)) {
            dsl.select(fields).from(CATALOGUE_KEY).join(CATALOGUE_RECORD)
                    .on(CATALOGUE_RECORD.ID.eq(CATALOGUE_KEY.RECORD_ID)).where(CATALOGUE_KEY.MATCH_KEY.in(chunk))
                    .forEach(each::accept);
        }
        if (members.isEmpty()) {
            return;
        }
        int perQuery = Math.max(1, PAIRS / members.size());
        for (List<String> chunk : chunks(identifiers, perQuery)) {
            byMember(dsl, CATALOGUE_RECORD.ID_KEY, members, chunk, fields, each);
        }
        for (List<String> chunk : chunks(clusters, perQuery)) {
            byMember(dsl, CATALOGUE_RECORD.CLUSTER_KEY, members, chunk, fields, each);
        }
    }

    /**
     * The records of any member under any of these keys, as a join with every (member, key) pair: H2 then looks each
     * pair up in the index on both columns, where {@code member_id = ? and key in (...)} read the member's whole part
     * of the index.
     */
    @SuppressWarnings("unchecked")
    private static void byMember(DSLContext dsl, Field<String> column, List<Long> members, List<String> keys,
                                 List<SelectField<?>> fields, Consumer<Record> each) {
        List<Row2<Long, String>> pairs = new ArrayList<>(members.size() * keys.size());
        for (Long member : members) {
            for (String key : keys) {
                pairs.add(DSL.row(member, key));
            }
        }
        Table<Record2<Long, String>> wanted = DSL.values(pairs.toArray(Row2[]::new)).as("wanted", "member_id",
                "lookup_key");
        dsl.select(fields).from(wanted).join(CATALOGUE_RECORD)
                .on(CATALOGUE_RECORD.MEMBER_ID.eq(wanted.field(0, Long.class)), column.eq(wanted.field(1, String.class)))
                .forEach(each::accept);
    }

    private static List<List<String>> chunks(Collection<String> values, int size) {
        List<String> all = new ArrayList<>(values);
        List<List<String>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += size) {
            chunks.add(all.subList(from, Math.min(all.size(), from + size)));
        }
        return chunks;
    }
}
