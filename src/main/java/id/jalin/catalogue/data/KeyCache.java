package id.jalin.catalogue.data;

import static id.jalin.kernel.db.generated.Tables.CATALOGUE_LOAD;
import static id.jalin.kernel.db.generated.Tables.CATALOGUE_RECORD;

import java.lang.ref.SoftReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;

/**
 * The members' findable keys in memory, one {@link MemberKeys} per member and change generation (decision 0022): a
 * load compares its records with the other members' here instead of asking the database a batch at a time. A member
 * whose generation moved since it was read (another desk loaded it, a split or join touched it) is read again; a
 * load that committed hands its own keys over, so a forum loaded member after member never reads keys back. The keys
 * are held softly (about 150 MiB for a million holdings): when memory runs short they go and are read again.
 */
final class KeyCache {
    private final Map<Long, SoftReference<MemberKeys>> byMember = new HashMap<>();

    /** Every other member's keys as the database has them now, read again where the generation moved. */
    synchronized List<MemberKeys> others(DSLContext tx, long memberId) {
        Map<Long, Long> generations = tx.select(CATALOGUE_LOAD.MEMBER_ID, CATALOGUE_LOAD.GENERATION)
                .from(CATALOGUE_LOAD).where(CATALOGUE_LOAD.MEMBER_ID.ne(memberId))
                .fetchMap(CATALOGUE_LOAD.MEMBER_ID, CATALOGUE_LOAD.GENERATION);
        byMember.keySet().retainAll(generations.keySet());
        List<MemberKeys> others = new ArrayList<>(generations.size());
        generations.forEach((member, generation) -> {
            SoftReference<MemberKeys> held = byMember.get(member);
            MemberKeys keys = held == null ? null : held.get();
            if (keys == null || keys.generation != generation) {
                keys = read(tx, member, generation);
                byMember.put(member, new SoftReference<>(keys));
            }
            if (keys.size() > 0) {
                others.add(keys);
            }
        });
        return others;
    }

    /** A committed load's own keys, at the generation it wrote. */
    synchronized void put(MemberKeys keys) {
        byMember.put(keys.memberId, new SoftReference<>(keys));
    }

    /**
     * The member's findable records: a record split off by hand has neither lookup column (so no load matches into
     * its work), as in {@link CandidateLookup}.
     */
    private static MemberKeys read(DSLContext tx, long memberId, long generation) {
        MemberKeys.Builder keys = MemberKeys.builder();
        tx.select(CATALOGUE_RECORD.WORK_ID, CATALOGUE_RECORD.IDENTIFIERS, CATALOGUE_RECORD.TITLE_KEY,
                        CATALOGUE_RECORD.EXACT_KEY, CATALOGUE_RECORD.BLOCK_KEY, CATALOGUE_RECORD.ID_KEY,
                        CATALOGUE_RECORD.CLUSTER_KEY)
                .from(CATALOGUE_RECORD).where(CATALOGUE_RECORD.MEMBER_ID.eq(memberId))
                .orderBy(CATALOGUE_RECORD.ID).fetchSize(1000)
                .forEach(row -> {
                    if (row.get(CATALOGUE_RECORD.ID_KEY) != null || row.get(CATALOGUE_RECORD.CLUSTER_KEY) != null) {
                        keys.add(row.get(CATALOGUE_RECORD.WORK_ID), RecordRows.keys(row));
                    }
                });
        return keys.build(memberId, generation);
    }
}
