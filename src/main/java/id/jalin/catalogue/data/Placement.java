package id.jalin.catalogue.data;

import static id.jalin.kernel.db.generated.Sequences.CATALOGUE_WORK_SEQ;
import static id.jalin.kernel.db.generated.Tables.CATALOGUE_DECISION;
import static id.jalin.kernel.db.generated.Tables.CATALOGUE_RECORD;

import id.jalin.catalogue.domain.MatchKeys;
import id.jalin.catalogue.domain.MatchRule;
import id.jalin.catalogue.domain.WorkCandidate;
import id.jalin.catalogue.domain.WorkMatch;
import id.jalin.catalogue.domain.WorkMatcher;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;
import org.jooq.DSLContext;

/**
 * Which work each record of one load goes into, record after record in the order they were read: by the coordinator's
 * decision about it, else by the matcher against the other members' records and the load's own records placed before
 * it. It asks the database nothing once made (the decisions' works are read at the start, new works numbered from a
 * connection of their own), so a load that compares with the members' keys in memory places on the reading thread
 * while its own thread stores what was placed before (decision 0022).
 */
final class Placement {
    private final long memberId;
    private final WorkMatcher matcher = new WorkMatcher();
    private final IdPool workIds;
    private final Map<String, Decision> decisions = new HashMap<>();
    /** The works other members' records are in, for the records joined to them by hand. */
    private final Map<String, Long> joinedWorks = new HashMap<>();
    private final Set<String> seenSourceIds = new HashSet<>();
    /** The records placed so far in this load, by each of their keys: later records of the same file meet them here. */
    private final Map<String, List<WorkCandidate>> placedHere = new HashMap<>();
    private final Map<String, Long> placedBySource = new HashMap<>();
    private final Collector collector = new Collector();
    /** Other members' keys in memory, or null when the load looks them up in the database. */
    private final List<MemberKeys> others;
    private final MemberKeys.Builder ownKeys;

    private record Decision(String kind, Long otherMemberId, String otherSourceId) {
    }

    /**
     * @param tx the load's transaction, for the member's decisions and the works they join
     * @param ids where new works take their numbers: a sequence is not part of any transaction, so another
     *            connection serves when placing runs beside the transaction's own thread
     * @param others the other members' keys held in memory, or null to be handed candidates from the database
     */
    Placement(DSLContext tx, DSLContext ids, long memberId, List<MemberKeys> others) {
        this.memberId = memberId;
        this.workIds = new IdPool(ids, CATALOGUE_WORK_SEQ);
        this.others = others;
        this.ownKeys = others == null ? null : MemberKeys.builder();
        tx.selectFrom(CATALOGUE_DECISION).where(CATALOGUE_DECISION.MEMBER_ID.eq(memberId)).orderBy(CATALOGUE_DECISION.ID)
                .forEach(row -> decisions.put(row.getSourceId(),
                        new Decision(row.getKind(), row.getOtherMemberId(), row.getOtherSourceId())));
        Map<Long, List<String>> joinedByMember = new HashMap<>();
        decisions.values().stream()
                .filter(decision -> "JOIN".equals(decision.kind()) && decision.otherMemberId() != memberId)
                .forEach(decision -> joinedByMember.computeIfAbsent(decision.otherMemberId(), k -> new ArrayList<>())
                        .add(decision.otherSourceId()));
        joinedByMember.forEach((other, sourceIds) -> {
            for (int from = 0; from < sourceIds.size(); from += LoadRun.BATCH) {
                tx.select(CATALOGUE_RECORD.SOURCE_ID, CATALOGUE_RECORD.WORK_ID).from(CATALOGUE_RECORD)
                        .where(CATALOGUE_RECORD.MEMBER_ID.eq(other), CATALOGUE_RECORD.SOURCE_ID.in(
                                sourceIds.subList(from, Math.min(sourceIds.size(), from + LoadRun.BATCH))))
                        .forEach(row -> joinedWorks.put(other + "/" + row.value1(), row.value2()));
            }
        });
    }

    /** Whether the load compares with the other members' keys in memory (and so can place ahead of storing). */
    boolean inMemory() {
        return others != null;
    }

    /** False for a record whose id this load has seen before: it is set aside, not placed. */
    boolean firstSighting(String sourceId) {
        return seenSourceIds.add(sourceId);
    }

    /** Whether this load had a record with this id. */
    boolean seen(String sourceId) {
        return seenSourceIds.contains(sourceId);
    }

    /**
     * The work the record goes into, remembered for the records after it. {@code stored} holds, by key, the
     * candidates the database gave for the record's batch (empty when the members' keys are in memory).
     */
    WorkMatch place(ReadRecord read, Map<String, List<WorkCandidate>> stored) {
        WorkMatch match = decide(read, stored);
        placedBySource.put(read.sourceId(), match.workId());
        if (match.rule() != MatchRule.SPLIT) {
            MatchKeys keys = read.keys();
            if (ownKeys != null) {
                ownKeys.add(match.workId(), keys);
            }
            WorkCandidate placed = new WorkCandidate(match.workId(), memberId, others == null ? keys : read.hashed());
            for (String key : keyStrings(keys)) {
                placedHere.computeIfAbsent(key, k -> new ArrayList<>(1)).add(placed);
            }
        }
        return match;
    }

    /** The work a record of this load went into, by the member's own record id. */
    Optional<Long> workOf(String sourceId) {
        return Optional.ofNullable(placedBySource.get(sourceId));
    }

    /** The keys this load placed, for the cache once its transaction committed at this generation. */
    Optional<MemberKeys> ownKeys(long generation) {
        return ownKeys == null ? Optional.empty() : Optional.of(ownKeys.build(memberId, generation));
    }

    private WorkMatch decide(ReadRecord read, Map<String, List<WorkCandidate>> stored) {
        Decision decision = decisions.get(read.sourceId());
        if (decision != null && "SPLIT".equals(decision.kind())) {
            return new WorkMatch(workIds.next(), MatchRule.SPLIT);
        }
        if (decision != null) {
            Long joined = decision.otherMemberId() == memberId ? placedBySource.get(decision.otherSourceId())
                    : joinedWorks.get(decision.otherMemberId() + "/" + decision.otherSourceId());
            if (joined != null) {
                return new WorkMatch(joined, MatchRule.JOINED);
            }
        }
        MatchKeys keys = read.keys();
        Map<String, WorkCandidate> candidates = new LinkedHashMap<>();
        for (String key : keyStrings(keys)) {
            addAll(candidates, stored.get(key));
            addAll(candidates, placedHere.get(key));
        }
        if (others == null) {
            return matcher.match(keys, memberId, candidates.values())
                    .orElseGet(() -> new WorkMatch(workIds.next(), MatchRule.OWN));
        }
        // compared by hash with the other members' keys in memory, and with this load's, kept hashed too
        List<WorkCandidate> found = new ArrayList<>(candidates.values());
        for (MemberKeys member : others) {
            collector.start(member, found);
            for (long hash : read.lookupHashes()) {
                member.records(hash, collector);
            }
        }
        return matcher.match(read.hashed(), memberId, found)
                .orElseGet(() -> new WorkMatch(workIds.next(), MatchRule.OWN));
    }

    private static void addAll(Map<String, WorkCandidate> into, List<WorkCandidate> candidates) {
        if (candidates != null) {
            for (WorkCandidate candidate : candidates) {
                into.putIfAbsent(candidate.workId() + "/" + candidate.memberId() + "/" + candidate.keys().exactKey()
                        + "/" + candidate.keys().identifiers(), candidate);
            }
        }
    }

    /** The keys a record is found by: its identifiers and its cluster key. */
    static List<String> keyStrings(MatchKeys keys) {
        List<String> strings = new ArrayList<>(keys.identifiers());
        String cluster = RecordRows.clusterKey(keys);
        if (cluster != null) {
            strings.add(cluster);
        }
        return strings;
    }

    /**
     * Gathers one member's records found under a record's lookup keys as candidates, a record found by two of its
     * keys once; kept across records, since a load asks every member for every record.
     */
    private static final class Collector implements IntConsumer {
        private MemberKeys member;
        private List<WorkCandidate> into;
        private int[] seen = new int[8];
        private int count;

        void start(MemberKeys member, List<WorkCandidate> into) {
            this.member = member;
            this.into = into;
            this.count = 0;
        }

        @Override
        public void accept(int position) {
            for (int i = 0; i < count; i++) {
                if (seen[i] == position) {
                    return;
                }
            }
            if (count == seen.length) {
                seen = java.util.Arrays.copyOf(seen, count * 2);
            }
            seen[count++] = position;
            into.add(member.candidate(position));
        }
    }
}
