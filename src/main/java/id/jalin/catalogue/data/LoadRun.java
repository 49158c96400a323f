package id.jalin.catalogue.data;

import static id.jalin.kernel.db.generated.Sequences.CATALOGUE_RECORD_SEQ;
import static id.jalin.kernel.db.generated.Tables.CATALOGUE_KEY;
import static id.jalin.kernel.db.generated.Tables.CATALOGUE_RECORD;
import static id.jalin.kernel.db.generated.Tables.CATALOGUE_WORK;

import id.jalin.catalogue.domain.CatalogueRecord;
import id.jalin.catalogue.domain.MatchKeys;
import id.jalin.catalogue.domain.MatchRule;
import id.jalin.catalogue.domain.WorkCandidate;
import id.jalin.catalogue.domain.WorkMatch;
import id.jalin.kernel.importing.RejectedRow;
import id.jalin.kernel.task.Progress;
import id.jalin.kernel.validation.FieldError;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;

/**
 * One load of one member's records, inside the transaction that replaces its holdings: the old records go, each new
 * record is placed in a work ({@link Placement}: by the other members' keys in memory, on the reading thread, or a
 * thousand at a time by one query for every record already stored that shares a key with any of them) and stored,
 * and the works the member alone held and no longer holds go too. {@link #adding} places records
 * beside the member's others instead (copies a joint purchase brought in), each counted as arriving now;
 * {@link #merging} takes a harvest of changes: each record replaces the member's record with the same id (keeping
 * when that one arrived), records the server deleted go, and the others stay.
 */
final class LoadRun implements ReadAhead.Target {
    static final int BATCH = 1000;

    private final DSLContext tx;
    private final long memberId;
    private final LocalDateTime now;
    private final Progress progress;
    private final Placement placement;
    private final IdPool recordIds;
    private final RowBatch works;
    private final RowBatch records;
    private final RowBatch keyRows;
    private final Map<String, LocalDateTime> arrivals = new HashMap<>();
    private final boolean firstLoad;
    private final List<ReadRecord> pending = new ArrayList<>(BATCH);
    private final Map<MatchRule, Integer> byRule = new EnumMap<>(MatchRule.class);
    private final List<RejectedRow> rejected = new ArrayList<>();
    private final Set<Long> formerWorks;
    private final boolean merging;
    private final boolean replacing;
    private final Set<String> deletions = new HashSet<>();
    private int position;
    private int stored;
    private int flagged;

    /**
     * A run that replaces the member's records and compares them with the other members' keys held in memory
     * ({@link KeyCache}) instead of looking them up in the database a batch at a time, and gathers its own keys for
     * the cache. It places each record on the reading thread ({@link #prepared}): new works are numbered from
     * {@code ids}, a connection other than the transaction's.
     */
    static LoadRun replacing(DSLContext tx, DSLContext ids, long memberId, boolean firstLoad, LocalDateTime now,
                             Progress progress, KeyCache cache) {
        return new LoadRun(tx, memberId, firstLoad, now, progress, true, false,
                new Placement(tx, ids, memberId, cache.others(tx, memberId)));
    }

    /** The keys this run stored, for the cache once its transaction committed at this generation. */
    Optional<MemberKeys> ownKeys(long generation) {
        return placement.ownKeys(generation);
    }

    /** A run that keeps the member's records and adds to them. */
    static LoadRun adding(DSLContext tx, long memberId, LocalDateTime now) {
        return new LoadRun(tx, memberId, false, now, Progress.NONE, false, false, new Placement(tx, tx, memberId, null));
    }

    /** A run that replaces only the records it is handed and takes out those reported deleted. */
    static LoadRun merging(DSLContext tx, long memberId, LocalDateTime now, Progress progress) {
        return new LoadRun(tx, memberId, false, now, progress, false, true, new Placement(tx, tx, memberId, null));
    }

    private LoadRun(DSLContext tx, long memberId, boolean firstLoad, LocalDateTime now, Progress progress,
                    boolean replacing, boolean merging, Placement placement) {
        this.tx = tx;
        this.replacing = replacing;
        this.merging = merging;
        this.memberId = memberId;
        this.firstLoad = firstLoad;
        this.now = now;
        this.progress = progress;
        this.placement = placement;
        this.recordIds = new IdPool(tx, CATALOGUE_RECORD_SEQ);
        this.works = new RowBatch(tx, CATALOGUE_WORK, List.of(CATALOGUE_WORK.ID, CATALOGUE_WORK.TITLE,
                CATALOGUE_WORK.AUTHOR, CATALOGUE_WORK.PUBLISH_YEAR, CATALOGUE_WORK.KIND, CATALOGUE_WORK.EDITION));
        this.records = new RowBatch(tx, CATALOGUE_RECORD, RecordRows.INSERTED);
        this.keyRows = new RowBatch(tx, CATALOGUE_KEY, List.of(CATALOGUE_KEY.MATCH_KEY, CATALOGUE_KEY.RECORD_ID,
                CATALOGUE_KEY.MEMBER_ID));
        if (!replacing) {
            this.formerWorks = new HashSet<>();
            return;
        }
        tx.select(CATALOGUE_RECORD.SOURCE_ID, CATALOGUE_RECORD.ARRIVED_AT).from(CATALOGUE_RECORD)
                .where(CATALOGUE_RECORD.MEMBER_ID.eq(memberId))
                .forEach(row -> arrivals.put(row.value1(), row.value2()));
        this.formerWorks = new HashSet<>(tx.selectDistinct(CATALOGUE_RECORD.WORK_ID).from(CATALOGUE_RECORD)
                .where(CATALOGUE_RECORD.MEMBER_ID.eq(memberId)).fetch(CATALOGUE_RECORD.WORK_ID));
        tx.deleteFrom(CATALOGUE_KEY).where(CATALOGUE_KEY.MEMBER_ID.eq(memberId)).execute();
        tx.deleteFrom(CATALOGUE_RECORD).where(CATALOGUE_RECORD.MEMBER_ID.eq(memberId)).execute();
    }

    /**
     * On the reading thread: what depends on the record alone and, when the other members' keys are in memory, the
     * work it goes into, so that the transaction's thread only stores it. Placing asks the database nothing then,
     * and records are placed in the order they were read, as they would be on the transaction's thread.
     */
    @Override
    public ReadRecord prepared(CatalogueRecord record) {
        ReadRecord read = ReadRecord.of(record);
        if (!placement.inMemory()) {
            return read;
        }
        if (!placement.firstSighting(read.sourceId())) {
            return read.seenBefore();
        }
        return read.placedIn(placement.place(read, Map.of()));
    }

    @Override
    public void accept(CatalogueRecord record) {
        accept(prepared(record));
    }

    /** A record as {@link #prepared} made it (on the reading thread: {@link ReadAhead}). */
    @Override
    public void accept(ReadRecord read) {
        position++;
        boolean repeated = read.repeated() || read.match() == null && !placement.firstSighting(read.sourceId());
        if (repeated) {
            rejected.add(new RejectedRow(position,
                    List.of(FieldError.of("record", "catalogue.load.same_id_twice", read.sourceId())),
                    List.of(read.sourceId(), read.record().title())));
            return;
        }
        pending.add(read);
        if (pending.size() == BATCH) {
            flush();
        }
    }

    @Override
    public void setAside(RejectedRow reason) {
        position = Math.max(position, reason.rowNumber());
        rejected.add(reason);
    }

    @Override
    public void deleted(String sourceId) {
        if (merging) {
            deletions.add(sourceId);
        }
    }

    /** Places what is still pending and removes the works nobody holds any more. */
    void finish() {
        flush();
        if (merging) {
            deletions.removeIf(placement::seen);
            takeOut(deletions);
        }
        new WorkCleanup(tx).afterLoad(formerWorks);
    }

    /**
     * Takes the member's stored records with these ids out before their new versions go in (or for good, when the
     * server deleted them), keeping when each first arrived and which works they leave.
     */
    private void takeOut(Collection<String> sourceIds) {
        List<String> ids = List.copyOf(sourceIds);
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<String> part = ids.subList(from, Math.min(ids.size(), from + BATCH));
            List<Long> recordIds = new ArrayList<>();
            tx.select(CATALOGUE_RECORD.ID, CATALOGUE_RECORD.WORK_ID, CATALOGUE_RECORD.SOURCE_ID,
                            CATALOGUE_RECORD.ARRIVED_AT).from(CATALOGUE_RECORD)
                    .where(CATALOGUE_RECORD.MEMBER_ID.eq(memberId), CATALOGUE_RECORD.SOURCE_ID.in(part))
                    .forEach(row -> {
                        recordIds.add(row.value1());
                        formerWorks.add(row.value2());
                        arrivals.put(row.value3(), row.value4());
                    });
            if (!recordIds.isEmpty()) {
                tx.deleteFrom(CATALOGUE_KEY).where(CATALOGUE_KEY.RECORD_ID.in(recordIds)).execute();
                tx.deleteFrom(CATALOGUE_RECORD).where(CATALOGUE_RECORD.ID.in(recordIds)).execute();
            }
        }
    }

    /** The work a record of this run went into, by the member's own record id. */
    Optional<Long> workOf(String sourceId) {
        return placement.workOf(sourceId);
    }

    /** Whether the member's records are exactly those this run stored (it replaced them all). */
    boolean replacesAll() {
        return replacing;
    }

    int stored() {
        return stored;
    }

    int flagged() {
        return flagged;
    }

    Map<MatchRule, Integer> byRule() {
        return byRule;
    }

    List<RejectedRow> rejected() {
        return rejected;
    }

    private void flush() {
        if (pending.isEmpty()) {
            return;
        }
        progress.checkCancelled();
        if (merging) {
            takeOut(pending.stream().map(ReadRecord::sourceId).toList());
        }
        Map<String, List<WorkCandidate>> candidates = placement.inMemory() ? Map.of()
                : storedCandidates(pending.stream().filter(read -> read.match() == null).map(ReadRecord::keys)
                        .toList());
        for (ReadRecord read : pending) {
            CatalogueRecord record = read.record();
            WorkMatch match = read.match() != null ? read.match() : placement.place(read, candidates);
            if (match.rule() == MatchRule.OWN || match.rule() == MatchRule.SPLIT) {
                works.add(match.workId(), RecordRows.cut(displayTitle(record), 2000),
                        RecordRows.cut(record.mainAuthor(), 500), record.year(), record.kind().name(),
                        RecordRows.cut(record.edition(), 200));
            }
            long recordId = recordIds.next();
            records.add(RecordRows.complete(read.row(), recordId, memberId, match.workId(), match.rule(),
                    arrivedAt(record.sourceId())));
            if (match.rule() != MatchRule.SPLIT) {
                List<String> identifiers = read.keys().identifiers();
                for (int further = 1; further < identifiers.size(); further++) {
                    keyRows.add(RecordRows.cut(identifiers.get(further), 1200), recordId, memberId);
                }
            }
            byRule.merge(match.rule(), 1, Integer::sum);
            if (!record.flags().isEmpty()) {
                flagged++;
            }
        }
        works.execute(tx);
        records.execute(tx);
        keyRows.execute(tx);
        this.stored += pending.size();
        pending.clear();
    }

    /**
     * Every record already stored (other members') that shares an identifier or the cluster key with any record of
     * the batch, by each shared key: looked up by the records' first identifier, by their further identifiers (the
     * key table) and by their cluster key, a thousand keys a query.
     */
    private Map<String, List<WorkCandidate>> storedCandidates(List<MatchKeys> keys) {
        Set<String> identifiers = new HashSet<>();
        Set<String> clusters = new HashSet<>();
        for (MatchKeys recordKeys : keys) {
            identifiers.addAll(recordKeys.identifiers());
            String cluster = RecordRows.clusterKey(recordKeys);
            if (cluster != null) {
                clusters.add(cluster);
            }
        }
        Map<String, List<WorkCandidate>> byKey = new HashMap<>();
        CandidateLookup.find(tx, identifiers, clusters, CANDIDATE, row -> file(byKey, row));
        return byKey;
    }

    private static final List<org.jooq.SelectField<?>> CANDIDATE = List.of(CATALOGUE_RECORD.ID,
            CATALOGUE_RECORD.WORK_ID, CATALOGUE_RECORD.MEMBER_ID, CATALOGUE_RECORD.IDENTIFIERS,
            CATALOGUE_RECORD.TITLE_KEY, CATALOGUE_RECORD.EXACT_KEY, CATALOGUE_RECORD.BLOCK_KEY);

    /** A stored record under every lookup key it has, so each record of the batch finds it by its own keys. */
    private static void file(Map<String, List<WorkCandidate>> byKey, org.jooq.Record row) {
        WorkCandidate candidate = new WorkCandidate(row.get(CATALOGUE_RECORD.WORK_ID),
                row.get(CATALOGUE_RECORD.MEMBER_ID), RecordRows.keys(row));
        for (String key : Placement.keyStrings(candidate.keys())) {
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(candidate);
        }
    }

    private LocalDateTime arrivedAt(String sourceId) {
        if (arrivals.containsKey(sourceId)) {
            return arrivals.get(sourceId);
        }
        return firstLoad ? null : now;
    }

    static String displayTitle(CatalogueRecord record) {
        return record.subtitle().isEmpty() ? record.title() : record.title() + " : " + record.subtitle();
    }
}
