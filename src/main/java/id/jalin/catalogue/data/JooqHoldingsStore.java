package id.jalin.catalogue.data;

import static id.jalin.kernel.db.generated.Sequences.CATALOGUE_WORK_SEQ;
import static id.jalin.kernel.db.generated.Tables.CATALOGUE_DECISION;
import static id.jalin.kernel.db.generated.Tables.CATALOGUE_KEY;
import static id.jalin.kernel.db.generated.Tables.CATALOGUE_LOAD;
import static id.jalin.kernel.db.generated.Tables.CATALOGUE_RECORD;
import static id.jalin.kernel.db.generated.Tables.CATALOGUE_WORK;

import id.jalin.catalogue.domain.CatalogueRecord;
import id.jalin.catalogue.domain.ClusterRow;
import id.jalin.catalogue.domain.HeldMatch;
import id.jalin.catalogue.domain.HoldingsFeed;
import id.jalin.catalogue.domain.HoldingsSource;
import id.jalin.catalogue.domain.HoldingsStore;
import id.jalin.catalogue.domain.LoadInfo;
import id.jalin.catalogue.domain.LoadOutcome;
import id.jalin.catalogue.domain.MatchKeys;
import id.jalin.catalogue.domain.MatchRule;
import id.jalin.catalogue.domain.MemberLabels;
import id.jalin.catalogue.domain.MemberLoad;
import id.jalin.catalogue.domain.StoredRecord;
import id.jalin.catalogue.domain.WorkFeed;
import id.jalin.kernel.access.CurrentActor;
import id.jalin.kernel.audit.AuditAction;
import id.jalin.kernel.audit.AuditTrail;
import id.jalin.kernel.audit.FieldChange;
import id.jalin.kernel.audit.RecordAudit;
import id.jalin.kernel.concurrency.RecordGoneException;
import id.jalin.kernel.task.Progress;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * The union catalogue in the database. A load replaces one member's records in one transaction; splits and joins
 * move one record and keep the decision by the member's own record id, so the next load makes it again. Every change
 * raises the generation of each member whose works it touched, which is how the workstations' indexes learn of it.
 */
public final class JooqHoldingsStore implements HoldingsStore {
    private final DSLContext dsl;
    private final RecordAudit audit;
    private final MemberLabels labels;
    private final CurrentActor actor;
    private final Clock clock;
    private final KeyCache keyCache = new KeyCache();

    public JooqHoldingsStore(DSLContext dsl, AuditTrail trail, MemberLabels labels, CurrentActor actor, Clock clock) {
        this.dsl = dsl;
        this.audit = new RecordAudit(trail, "catalogue");
        this.labels = labels;
        this.actor = actor;
        this.clock = clock;
    }

    /** Carries a feed's own checked failure out of the transaction, which would otherwise wrap it. */
    private static final class FeedFailure extends RuntimeException {
        private final transient Exception cause;

        FeedFailure(Exception cause) {
            super(cause);
            this.cause = cause;
        }
    }

    @Override
    public <E extends Exception> LoadOutcome replace(long memberId, LoadInfo info, HoldingsFeed<E> feed,
                                                     Progress progress) throws E {
        return run(memberId, info, feed, progress,
                (tx, first, now) -> LoadRun.replacing(tx, dsl, memberId, first, now, progress, keyCache));
    }

    @Override
    public <E extends Exception> LoadOutcome merge(long memberId, LoadInfo info, HoldingsFeed<E> feed,
                                                   Progress progress) throws E {
        return run(memberId, info, feed, progress, (tx, first, now) -> LoadRun.merging(tx, memberId, now, progress));
    }

    /** How a load treats the member's records already there. */
    @FunctionalInterface
    private interface RunKind {
        LoadRun start(DSLContext tx, boolean firstLoad, LocalDateTime now);
    }

    @SuppressWarnings("unchecked")
    private <E extends Exception> LoadOutcome run(long memberId, LoadInfo info, HoldingsFeed<E> feed,
                                                  Progress progress, RunKind kind) throws E {
        LoadRun[] started = new LoadRun[1];
        try {
            LoadOutcome outcome = dsl.transactionResult(configuration -> {
                DSLContext tx = configuration.dsl();
                Optional<Record> previous = lockLoad(tx, memberId);
                LocalDateTime now = LocalDateTime.now(clock);
                LoadRun run = kind.start(tx, previous.isEmpty(), now);
                started[0] = run;
                try {
                    ReadAhead.feed(feed, run);
                } catch (RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new FeedFailure(e);
                }
                progress.checkCancelled();
                run.finish();
                // the member's records and flags as they now stand: a replacing run stored them all itself (counting
                // them in the database read the member's records once more); a merge keeps those the harvest did
                // not touch
                int records = run.replacesAll() ? run.stored()
                        : tx.fetchCount(CATALOGUE_RECORD, CATALOGUE_RECORD.MEMBER_ID.eq(memberId));
                int flagged = run.replacesAll() ? run.flagged() : tx.fetchCount(CATALOGUE_RECORD,
                        CATALOGUE_RECORD.MEMBER_ID.eq(memberId), CATALOGUE_RECORD.FLAGS.ne(""));
                MemberLoad load = new MemberLoad(memberId, previous.map(row -> row.get(CATALOGUE_LOAD.GENERATION))
                        .orElse(0L) + 1, now, info.source(), RecordRows.cut(info.origin(), 1000), records,
                        run.rejected().size(), flagged, actor.actor().signature());
                writeLoad(tx, load, previous.isPresent());
                audit.recorded(tx, "catalogue_load", memberId, label(memberId), AuditAction.UPDATE, List.of(
                        new FieldChange("record_count", previous.map(row -> String.valueOf(
                                row.get(CATALOGUE_LOAD.RECORD_COUNT))).orElse(""), String.valueOf(records)),
                        new FieldChange("source", previous.map(row -> row.get(CATALOGUE_LOAD.SOURCE)).orElse(""),
                                info.source().name()),
                        new FieldChange("origin", previous.map(row -> row.get(CATALOGUE_LOAD.ORIGIN)).orElse(""),
                                load.origin())));
                return new LoadOutcome(load, run.stored(), run.flagged(), run.byRule(), run.rejected());
            });
            // committed: the next load compares with these keys without reading them back
            started[0].ownKeys(outcome.load().generation()).ifPresent(keyCache::put);
            return outcome;
        } catch (FeedFailure failure) {
            throw (E) failure.cause;
        }
    }

    @Override
    public boolean move(long giverId, MatchKeys title, long receiverId, CatalogueRecord received, String origin) {
        return dsl.transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            String codes = tx.select(CATALOGUE_RECORD.ITEM_CODES).from(CATALOGUE_RECORD)
                    .where(CATALOGUE_RECORD.MEMBER_ID.eq(receiverId),
                            CATALOGUE_RECORD.SOURCE_ID.eq(received.sourceId())).fetchOne(CATALOGUE_RECORD.ITEM_CODES);
            if (codes != null && !received.itemCodes().isEmpty()
                    && RecordRows.split(codes).containsAll(received.itemCodes())) {
                return false;
            }
            lockLoad(tx, giverId);
            var condition = CATALOGUE_RECORD.EXACT_KEY.eq(title.exactKey());
            if (!title.identifiers().isEmpty()) {
                condition = condition.or(CATALOGUE_RECORD.ID_KEY.in(title.identifiers()));
            }
            var given = tx.select(CATALOGUE_RECORD.ID, CATALOGUE_RECORD.COPIES, CATALOGUE_RECORD.WORK_ID,
                            CATALOGUE_RECORD.TITLE).from(CATALOGUE_RECORD)
                    .where(CATALOGUE_RECORD.MEMBER_ID.eq(giverId), condition)
                    .orderBy(CATALOGUE_RECORD.COPIES.desc(), CATALOGUE_RECORD.ID).limit(1).fetchOptional();
            if (given.isPresent()) {
                var row = given.get();
                int left = row.value2() - received.copies();
                if (left > 0) {
                    tx.update(CATALOGUE_RECORD).set(CATALOGUE_RECORD.COPIES, left)
                            .where(CATALOGUE_RECORD.ID.eq(row.value1())).execute();
                } else {
                    tx.deleteFrom(CATALOGUE_KEY).where(CATALOGUE_KEY.RECORD_ID.eq(row.value1())).execute();
                    tx.deleteFrom(CATALOGUE_RECORD).where(CATALOGUE_RECORD.ID.eq(row.value1())).execute();
                    new WorkCleanup(tx).afterLoad(List.of(row.value3()));
                }
                tx.update(CATALOGUE_LOAD).set(CATALOGUE_LOAD.GENERATION, CATALOGUE_LOAD.GENERATION.plus(1))
                        .set(CATALOGUE_LOAD.RECORD_COUNT, CATALOGUE_LOAD.RECORD_COUNT.minus(left > 0 ? 0 : 1))
                        .where(CATALOGUE_LOAD.MEMBER_ID.eq(giverId)).execute();
                audit.recorded(tx, "catalogue_record", row.value1(), row.value4(), AuditAction.UPDATE, List.of(
                        new FieldChange("copies", String.valueOf(row.value2()), String.valueOf(Math.max(0, left))),
                        new FieldChange("given_to", "", label(receiverId))));
            }
            addIn(tx, receiverId, received, origin);
            return true;
        });
    }

    @Override
    public long add(long memberId, CatalogueRecord record, String origin) {
        return dsl.transactionResult(configuration -> addIn(configuration.dsl(), memberId, record, origin));
    }

    private long addIn(DSLContext tx, long memberId, CatalogueRecord record, String origin) {
        Optional<Record> previous = lockLoad(tx, memberId);
        LocalDateTime now = LocalDateTime.now(clock);
        var existing = tx.select(CATALOGUE_RECORD.ID, CATALOGUE_RECORD.WORK_ID, CATALOGUE_RECORD.COPIES,
                        CATALOGUE_RECORD.ITEM_CODES).from(CATALOGUE_RECORD)
                .where(CATALOGUE_RECORD.MEMBER_ID.eq(memberId), CATALOGUE_RECORD.SOURCE_ID.eq(record.sourceId()))
                .fetchOptional();
        long workId;
        if (existing.isPresent()) {
            // A second delivery of the same line: more copies of the record already there; the same delivery
            // again (its item codes all there) adds nothing.
            var row = existing.get();
            List<String> codes = new ArrayList<>(RecordRows.split(row.value4()));
            if (!record.itemCodes().isEmpty() && codes.containsAll(record.itemCodes())) {
                return row.value2();
            }
            codes.addAll(record.itemCodes());
            int copies = row.value3() + record.copies();
            tx.update(CATALOGUE_RECORD).set(CATALOGUE_RECORD.COPIES, copies)
                    .set(CATALOGUE_RECORD.ITEM_CODES, RecordRows.lines(codes, 10_000))
                    .where(CATALOGUE_RECORD.ID.eq(row.value1())).execute();
            audit.recorded(tx, "catalogue_record", row.value1(), record.title(), AuditAction.UPDATE, List.of(
                    new FieldChange("copies", String.valueOf(row.value3()), String.valueOf(copies))));
            workId = row.value2();
        } else {
            LoadRun run = LoadRun.adding(tx, memberId, now);
            run.accept(record);
            run.finish();
            workId = run.workOf(record.sourceId()).orElseThrow();
            long recordId = tx.select(CATALOGUE_RECORD.ID).from(CATALOGUE_RECORD).where(
                    CATALOGUE_RECORD.MEMBER_ID.eq(memberId), CATALOGUE_RECORD.SOURCE_ID.eq(record.sourceId()))
                    .fetchOne(CATALOGUE_RECORD.ID);
            audit.recorded(tx, "catalogue_record", recordId, record.title(), AuditAction.CREATE, List.of(
                    new FieldChange("member", "", label(memberId)),
                    new FieldChange("copies", "", String.valueOf(record.copies())),
                    new FieldChange("origin", "", origin)));
        }
        int added = existing.isPresent() ? 0 : 1;
        if (previous.isPresent()) {
            tx.update(CATALOGUE_LOAD).set(CATALOGUE_LOAD.GENERATION, CATALOGUE_LOAD.GENERATION.plus(1))
                    .set(CATALOGUE_LOAD.RECORD_COUNT, CATALOGUE_LOAD.RECORD_COUNT.plus(added))
                    .where(CATALOGUE_LOAD.MEMBER_ID.eq(memberId)).execute();
        } else {
            writeLoad(tx, new MemberLoad(memberId, 1, now, HoldingsSource.PLACED, RecordRows.cut(origin, 1000),
                    1, 0, 0, actor.actor().signature()), false);
        }
        return workId;
    }

    @Override
    public void remove(long memberId) {
        dsl.transaction(configuration -> {
            DSLContext tx = configuration.dsl();
            Optional<Record> previous = lockLoad(tx, memberId);
            if (previous.isEmpty()) {
                return;
            }
            List<Long> works = tx.selectDistinct(CATALOGUE_RECORD.WORK_ID).from(CATALOGUE_RECORD)
                    .where(CATALOGUE_RECORD.MEMBER_ID.eq(memberId)).fetch(CATALOGUE_RECORD.WORK_ID);
            tx.deleteFrom(CATALOGUE_KEY).where(CATALOGUE_KEY.MEMBER_ID.eq(memberId)).execute();
            tx.deleteFrom(CATALOGUE_RECORD).where(CATALOGUE_RECORD.MEMBER_ID.eq(memberId)).execute();
            new WorkCleanup(tx).afterLoad(works);
            tx.update(CATALOGUE_LOAD).set(CATALOGUE_LOAD.GENERATION, CATALOGUE_LOAD.GENERATION.plus(1))
                    .set(CATALOGUE_LOAD.RECORD_COUNT, 0).set(CATALOGUE_LOAD.SET_ASIDE_COUNT, 0)
                    .set(CATALOGUE_LOAD.FLAGGED_COUNT, 0).set(CATALOGUE_LOAD.LOADED_AT, LocalDateTime.now(clock))
                    .set(CATALOGUE_LOAD.LOADED_BY, actor.actor().signature())
                    .where(CATALOGUE_LOAD.MEMBER_ID.eq(memberId)).execute();
            audit.recorded(tx, "catalogue_load", memberId, label(memberId), AuditAction.DELETE, List.of(
                    new FieldChange("record_count", String.valueOf(previous.get().get(CATALOGUE_LOAD.RECORD_COUNT)),
                            "0")));
        });
    }

    @Override
    public List<MemberLoad> loads() {
        return dsl.selectFrom(CATALOGUE_LOAD).orderBy(CATALOGUE_LOAD.MEMBER_ID).fetch(JooqHoldingsStore::toLoad);
    }

    @Override
    public Optional<MemberLoad> load(long memberId) {
        return dsl.selectFrom(CATALOGUE_LOAD).where(CATALOGUE_LOAD.MEMBER_ID.eq(memberId)).fetchOptional()
                .map(JooqHoldingsStore::toLoad);
    }

    @Override
    public List<StoredRecord> recordsOfWork(long workId) {
        return dsl.selectFrom(CATALOGUE_RECORD).where(CATALOGUE_RECORD.WORK_ID.eq(workId))
                .orderBy(CATALOGUE_RECORD.MEMBER_ID, CATALOGUE_RECORD.ID).fetch(RecordRows::stored);
    }

    @Override
    public List<StoredRecord> records(Collection<Long> recordIds) {
        List<Long> ids = new ArrayList<>(recordIds);
        List<StoredRecord> found = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += LoadRun.BATCH) {
            found.addAll(dsl.selectFrom(CATALOGUE_RECORD)
                    .where(CATALOGUE_RECORD.ID.in(ids.subList(from, Math.min(ids.size(), from + LoadRun.BATCH))))
                    .orderBy(CATALOGUE_RECORD.WORK_ID, CATALOGUE_RECORD.MEMBER_ID, CATALOGUE_RECORD.ID)
                    .fetch(RecordRows::stored));
        }
        return found;
    }

    @Override
    public List<StoredRecord> arrivals(long memberId, LocalDate from, LocalDate to) {
        return dsl.selectFrom(CATALOGUE_RECORD).where(CATALOGUE_RECORD.MEMBER_ID.eq(memberId),
                        CATALOGUE_RECORD.ARRIVED_AT.ge(from.atStartOfDay()),
                        CATALOGUE_RECORD.ARRIVED_AT.lt(to.plusDays(1).atStartOfDay()))
                .orderBy(CATALOGUE_RECORD.ARRIVED_AT, CATALOGUE_RECORD.TITLE).fetch(RecordRows::stored);
    }

    @Override
    public void clusters(Consumer<ClusterRow> sink, Progress progress) {
        Map<Long, String> codes = new HashMap<>(labels.codes(dsl.select(CATALOGUE_LOAD.MEMBER_ID).from(CATALOGUE_LOAD)
                .fetch(CATALOGUE_LOAD.MEMBER_ID)));
        long total = Math.max(1, dsl.fetchCount(CATALOGUE_RECORD));
        dsl.transaction(configuration -> {
            try (var cursor = configuration.dsl().select(CATALOGUE_RECORD.WORK_ID, CATALOGUE_RECORD.MEMBER_ID,
                            CATALOGUE_RECORD.SOURCE_ID, CATALOGUE_RECORD.MATCH_RULE, CATALOGUE_RECORD.TITLE)
                    .from(CATALOGUE_RECORD).orderBy(CATALOGUE_RECORD.WORK_ID, CATALOGUE_RECORD.ID)
                    .fetchSize(1000).fetchLazy()) {
                long done = 0;
                for (var row : cursor) {
                    sink.accept(new ClusterRow(row.value1(), codes.getOrDefault(row.value2(), "#" + row.value2()),
                            row.value3(), MatchRule.valueOf(row.value4()), row.value5()));
                    if (++done % 1000 == 0) {
                        progress.checkCancelled();
                        progress.update(done, total);
                    }
                }
                progress.update(total, total);
            }
        });
    }

    @Override
    public void split(long recordId, String reason) {
        dsl.transaction(configuration -> {
            DSLContext tx = configuration.dsl();
            Record row = recordRow(tx, recordId);
            long oldWork = row.get(CATALOGUE_RECORD.WORK_ID);
            long newWork = new IdPool(tx, CATALOGUE_WORK_SEQ).next();
            var record = RecordRows.record(row);
            tx.insertInto(CATALOGUE_WORK).set(CATALOGUE_WORK.ID, newWork)
                    .set(CATALOGUE_WORK.TITLE, RecordRows.cut(LoadRun.displayTitle(record), 2000))
                    .set(CATALOGUE_WORK.AUTHOR, RecordRows.cut(record.mainAuthor(), 500))
                    .set(CATALOGUE_WORK.PUBLISH_YEAR, record.year()).set(CATALOGUE_WORK.KIND, record.kind().name())
                    .set(CATALOGUE_WORK.EDITION, RecordRows.cut(record.edition(), 200)).execute();
            Set<Long> members = membersOfWork(tx, oldWork);
            move(tx, recordId, newWork, MatchRule.SPLIT);
            tx.update(CATALOGUE_RECORD).setNull(CATALOGUE_RECORD.ID_KEY).setNull(CATALOGUE_RECORD.CLUSTER_KEY)
                    .where(CATALOGUE_RECORD.ID.eq(recordId)).execute();
            tx.deleteFrom(CATALOGUE_KEY).where(CATALOGUE_KEY.RECORD_ID.eq(recordId)).execute();
            decide(tx, "SPLIT", row, null, reason);
            new WorkCleanup(tx).afterLoad(List.of(oldWork));
            raiseGenerations(tx, members);
            audit.recorded(tx, "catalogue_record", recordId, record.title(), AuditAction.UPDATE, List.of(
                    new FieldChange("work_id", String.valueOf(oldWork), String.valueOf(newWork)),
                    new FieldChange("match_rule", row.get(CATALOGUE_RECORD.MATCH_RULE), MatchRule.SPLIT.name()),
                    new FieldChange("reason", "", reason)));
        });
    }

    @Override
    public void join(long recordId, long intoRecordId, String reason) {
        dsl.transaction(configuration -> {
            DSLContext tx = configuration.dsl();
            Record row = recordRow(tx, recordId);
            Record into = recordRow(tx, intoRecordId);
            long oldWork = row.get(CATALOGUE_RECORD.WORK_ID);
            long newWork = into.get(CATALOGUE_RECORD.WORK_ID);
            if (oldWork == newWork) {
                return;
            }
            Set<Long> members = membersOfWork(tx, oldWork);
            members.addAll(membersOfWork(tx, newWork));
            move(tx, recordId, newWork, MatchRule.JOINED);
            decide(tx, "JOIN", row, into, reason);
            new WorkCleanup(tx).afterLoad(List.of(oldWork));
            raiseGenerations(tx, members);
            audit.recorded(tx, "catalogue_record", recordId, row.get(CATALOGUE_RECORD.TITLE), AuditAction.UPDATE,
                    List.of(new FieldChange("work_id", String.valueOf(oldWork), String.valueOf(newWork)),
                            new FieldChange("match_rule", row.get(CATALOGUE_RECORD.MATCH_RULE),
                                    MatchRule.JOINED.name()),
                            new FieldChange("reason", "", reason)));
        });
    }

    private static final List<org.jooq.SelectField<?>> HELD = List.of(CATALOGUE_RECORD.ID, CATALOGUE_RECORD.WORK_ID,
            CATALOGUE_RECORD.MEMBER_ID, CATALOGUE_RECORD.SOURCE_ID, CATALOGUE_RECORD.TITLE, CATALOGUE_RECORD.COPIES,
            CATALOGUE_RECORD.CALL_NUMBER, CATALOGUE_RECORD.IDENTIFIERS, CATALOGUE_RECORD.TITLE_KEY,
            CATALOGUE_RECORD.EXACT_KEY, CATALOGUE_RECORD.BLOCK_KEY);

    /**
     * The records looked up by every probe's keys at once (a hundred keys a query), filed under each of their keys,
     * then each probe compared with the records under its own keys: a shared ISBN, or the same exact key.
     */
    @Override
    public List<HeldMatch> held(List<MatchKeys> probes) {
        Set<String> identifiers = new java.util.HashSet<>();
        Set<String> clusters = new java.util.HashSet<>();
        for (MatchKeys keys : probes) {
            identifiers.addAll(keys.identifiers());
            String cluster = RecordRows.clusterKey(keys);
            if (cluster != null) {
                clusters.add(cluster);
            }
        }
        Map<Long, Record> byId = new HashMap<>();
        CandidateLookup.find(dsl, identifiers, clusters, HELD, row -> byId.putIfAbsent(row.get(CATALOGUE_RECORD.ID),
                row));
        Map<String, List<Record>> byKey = new HashMap<>();
        for (Record row : byId.values()) {
            for (String key : Placement.keyStrings(RecordRows.keys(row))) {
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
            }
        }
        List<HeldMatch> matches = new ArrayList<>();
        for (int probe = 0; probe < probes.size(); probe++) {
            MatchKeys keys = probes.get(probe);
            Set<Long> seen = new java.util.HashSet<>();
            for (String key : Placement.keyStrings(keys)) {
                for (Record row : byKey.getOrDefault(key, List.of())) {
                    if (seen.contains(row.get(CATALOGUE_RECORD.ID))) {
                        continue;
                    }
                    heldMatch(probe, keys, row).ifPresent(match -> {
                        seen.add(match.recordId());
                        matches.add(match);
                    });
                }
            }
        }
        return matches;
    }

    private static Optional<HeldMatch> heldMatch(int probe, MatchKeys keys, Record row) {
        MatchKeys stored = RecordRows.keys(row);
        String isbn = keys.identifiers().stream().filter(stored.identifiers()::contains).findFirst().orElse(null);
        MatchRule rule;
        String key;
        if (isbn != null) {
            rule = isbn.startsWith("issn:") ? MatchRule.ISSN : MatchRule.ISBN;
            key = isbn.substring(5);
        } else if (!keys.exactKey().isEmpty() && keys.exactKey().equals(stored.exactKey())) {
            rule = MatchRule.TITLE_KEY;
            key = keys.exactKey();
        } else {
            return Optional.empty();
        }
        return Optional.of(new HeldMatch(probe, row.get(CATALOGUE_RECORD.ID), row.get(CATALOGUE_RECORD.WORK_ID),
                row.get(CATALOGUE_RECORD.MEMBER_ID), row.get(CATALOGUE_RECORD.SOURCE_ID), row.get(CATALOGUE_RECORD.TITLE),
                row.get(CATALOGUE_RECORD.COPIES), row.get(CATALOGUE_RECORD.CALL_NUMBER), rule, key));
    }

    @Override
    public WorkFeed feed() {
        return new JooqWorkFeed(dsl);
    }

    private static Record recordRow(DSLContext tx, long recordId) {
        return tx.selectFrom(CATALOGUE_RECORD).where(CATALOGUE_RECORD.ID.eq(recordId)).forUpdate().fetchOptional()
                .orElseThrow(() -> new RecordGoneException("catalogue_record " + recordId));
    }

    private static Set<Long> membersOfWork(DSLContext tx, long workId) {
        return new java.util.HashSet<>(tx.selectDistinct(CATALOGUE_RECORD.MEMBER_ID).from(CATALOGUE_RECORD)
                .where(CATALOGUE_RECORD.WORK_ID.eq(workId)).fetch(CATALOGUE_RECORD.MEMBER_ID));
    }

    private static void move(DSLContext tx, long recordId, long workId, MatchRule rule) {
        tx.update(CATALOGUE_RECORD).set(CATALOGUE_RECORD.WORK_ID, workId).set(CATALOGUE_RECORD.MATCH_RULE, rule.name())
                .where(CATALOGUE_RECORD.ID.eq(recordId)).execute();
    }

    /** The record's one standing decision: a later one replaces an earlier one, so a split can undo a join. */
    private void decide(DSLContext tx, String kind, Record row, Record into, String reason) {
        tx.deleteFrom(CATALOGUE_DECISION).where(CATALOGUE_DECISION.MEMBER_ID.eq(row.get(CATALOGUE_RECORD.MEMBER_ID)),
                CATALOGUE_DECISION.SOURCE_ID.eq(row.get(CATALOGUE_RECORD.SOURCE_ID))).execute();
        tx.insertInto(CATALOGUE_DECISION).set(CATALOGUE_DECISION.KIND, kind)
                .set(CATALOGUE_DECISION.MEMBER_ID, row.get(CATALOGUE_RECORD.MEMBER_ID))
                .set(CATALOGUE_DECISION.SOURCE_ID, row.get(CATALOGUE_RECORD.SOURCE_ID))
                .set(CATALOGUE_DECISION.OTHER_MEMBER_ID, into == null ? null : into.get(CATALOGUE_RECORD.MEMBER_ID))
                .set(CATALOGUE_DECISION.OTHER_SOURCE_ID, into == null ? null : into.get(CATALOGUE_RECORD.SOURCE_ID))
                .set(CATALOGUE_DECISION.REASON, RecordRows.cut(reason, 1000))
                .set(CATALOGUE_DECISION.DECIDED_BY, actor.actor().signature())
                .set(CATALOGUE_DECISION.DECIDED_AT, LocalDateTime.now(clock)).execute();
    }

    private static void raiseGenerations(DSLContext tx, Collection<Long> members) {
        tx.update(CATALOGUE_LOAD).set(CATALOGUE_LOAD.GENERATION, CATALOGUE_LOAD.GENERATION.plus(1))
                .where(CATALOGUE_LOAD.MEMBER_ID.in(members)).execute();
    }

    /** Takes the member's load row for the transaction, so that two desks loading one member take turns. */
    private static Optional<Record> lockLoad(DSLContext tx, long memberId) {
        return tx.selectFrom(CATALOGUE_LOAD).where(CATALOGUE_LOAD.MEMBER_ID.eq(memberId)).forUpdate()
                .fetchOptional().map(row -> (Record) row);
    }

    private static void writeLoad(DSLContext tx, MemberLoad load, boolean exists) {
        var values = Map.<org.jooq.Field<?>, Object>of(CATALOGUE_LOAD.GENERATION, load.generation(),
                CATALOGUE_LOAD.LOADED_AT, load.loadedAt(), CATALOGUE_LOAD.SOURCE, load.source().name(),
                CATALOGUE_LOAD.ORIGIN, load.origin(), CATALOGUE_LOAD.RECORD_COUNT, load.records(),
                CATALOGUE_LOAD.SET_ASIDE_COUNT, load.setAside(), CATALOGUE_LOAD.FLAGGED_COUNT, load.flagged(),
                CATALOGUE_LOAD.LOADED_BY, RecordRows.cut(load.loadedBy(), 200));
        if (exists) {
            tx.update(CATALOGUE_LOAD).set(values).where(CATALOGUE_LOAD.MEMBER_ID.eq(load.memberId())).execute();
        } else {
            tx.insertInto(CATALOGUE_LOAD).set(CATALOGUE_LOAD.MEMBER_ID, load.memberId()).set(values).execute();
        }
    }

    private String label(long memberId) {
        return labels.codes(List.of(memberId)).getOrDefault(memberId, "#" + memberId);
    }

    private static MemberLoad toLoad(Record row) {
        return new MemberLoad(row.get(CATALOGUE_LOAD.MEMBER_ID), row.get(CATALOGUE_LOAD.GENERATION),
                row.get(CATALOGUE_LOAD.LOADED_AT), HoldingsSource.valueOf(row.get(CATALOGUE_LOAD.SOURCE)),
                row.get(CATALOGUE_LOAD.ORIGIN), row.get(CATALOGUE_LOAD.RECORD_COUNT),
                row.get(CATALOGUE_LOAD.SET_ASIDE_COUNT), row.get(CATALOGUE_LOAD.FLAGGED_COUNT),
                row.get(CATALOGUE_LOAD.LOADED_BY));
    }
}
