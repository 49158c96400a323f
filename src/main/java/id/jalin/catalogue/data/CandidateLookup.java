package id.jalin.catalogue.data;

import static id.jalin.kernel.db.generated.Tables.CATALOGUE_KEY;
import static id.jalin.kernel.db.generated.Tables.CATALOGUE_RECORD;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectField;

/**
 * Finds stored records by the keys the clustering looks them up by: their first identifier, their further
 * identifiers (the key table) and their cluster key (decision 0022). Used by a load placing its records and by a
 * purchase check looking for titles already held.
 */
final class CandidateLookup {
    /**
     * Keys asked a hundred at a time: H2 checks each row an IN list finds against the whole list again, so a list of
     * a thousand keys made the lookups the load's largest cost (measured in the import bench).
     */
    static final int LOOKUP = 100;

    private CandidateLookup() {
    }

    /** Hands every record sharing one of the identifiers or cluster keys to {@code each}, some more than once. */
    static void find(DSLContext dsl, Collection<String> identifiers, Collection<String> clusters,
                     List<SelectField<?>> fields, Consumer<Record> each) {
        for (List<String> chunk : chunks(identifiers)) {
            dsl.select(fields).from(CATALOGUE_RECORD).where(CATALOGUE_RECORD.ID_KEY.in(chunk))
                    .unionAll(dsl.select(fields).from(CATALOGUE_KEY).join(CATALOGUE_RECORD)
                            .on(CATALOGUE_RECORD.ID.eq(CATALOGUE_KEY.RECORD_ID)).where(CATALOGUE_KEY.MATCH_KEY.in(chunk)))
                    .forEach(each::accept);
        }
        for (List<String> chunk : chunks(clusters)) {
            dsl.select(fields).from(CATALOGUE_RECORD).where(CATALOGUE_RECORD.CLUSTER_KEY.in(chunk))
                    .forEach(each::accept);
        }
    }

    private static List<List<String>> chunks(Collection<String> values) {
        List<String> all = new ArrayList<>(values);
        List<List<String>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += LOOKUP) {
            chunks.add(all.subList(from, Math.min(all.size(), from + LOOKUP)));
        }
        return chunks;
    }
}
