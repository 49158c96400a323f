package id.jalin.catalogue.data;

import id.jalin.catalogue.domain.MatchKeys;
import id.jalin.catalogue.domain.WorkCandidate;
import id.jalin.catalogue.domain.WorkMatcher;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * One member's findable records as a load compares with them, kept compactly in memory (decision 0022): per record
 * its work, its identifiers, exact and block keys as 64-bit hashes ({@link KeyHash}) and its title key (what the
 * similar-title step measures), found by the hash of each key it is looked up by (its identifiers and its cluster
 * key, as {@link CandidateLookup} finds it in the database). A million holdings take about 150 MiB.
 */
final class MemberKeys {
    private static final String ISBN = "isbn:";
    private static final String ISSN = "issn:";

    final long memberId;
    final long generation;
    private final int size;
    private final long[] works;
    private final long[] exact;
    private final long[] block;
    private final String[] titles;
    /** Identifier hashes of record i: ids[idStart[i] .. idStart[i + 1]); an ISSN's hash has its lowest bit set. */
    private final long[] ids;
    private final int[] idStart;
    /** Open addressing: slot → lookup key hash, and the first posting of that key. */
    private final long[] slotKeys;
    private final int[] slotFirst;
    private final int[] postingRecord;
    private final int[] postingNext;

    private MemberKeys(long memberId, long generation, Builder built) {
        this.memberId = memberId;
        this.generation = generation;
        this.size = built.size;
        this.works = Arrays.copyOf(built.works, size);
        this.exact = Arrays.copyOf(built.exact, size);
        this.block = Arrays.copyOf(built.block, size);
        this.titles = Arrays.copyOf(built.titles, size);
        this.ids = Arrays.copyOf(built.ids, built.idCount);
        this.idStart = Arrays.copyOf(built.idStart, size + 1);
        this.idStart[size] = built.idCount;
        int capacity = Integer.highestOneBit(Math.max(4, built.lookupCount * 2 - 1)) << 1;
        this.slotKeys = new long[capacity];
        this.slotFirst = new int[capacity];
        this.postingRecord = new int[built.lookupCount];
        this.postingNext = new int[built.lookupCount];
        for (int posting = 0; posting < built.lookupCount; posting++) {
            int slot = slot(built.lookupKeys[posting]);
            if (slotKeys[slot] == 0) {
                slotKeys[slot] = built.lookupKeys[posting];
                slotFirst[slot] = -1;
            }
            postingRecord[posting] = built.lookupRecords[posting];
            postingNext[posting] = slotFirst[slot];
            slotFirst[slot] = posting;
        }
    }

    int size() {
        return size;
    }

    /** Hands each record found under this key hash to {@code each} as a candidate, keys in their hashed form. */
    void find(long keyHash, Consumer<WorkCandidate> each) {
        records(keyHash, record -> each.accept(candidate(record)));
    }

    /** Hands the position of each record found under this key hash to {@code each} (see {@link #candidate}). */
    void records(long keyHash, IntConsumer each) {
        if (keyHash == 0 || size == 0) {
            return;
        }
        int slot = slot(keyHash);
        if (slotKeys[slot] == 0) {
            return;
        }
        for (int posting = slotFirst[slot]; posting >= 0; posting = postingNext[posting]) {
            each.accept(postingRecord[posting]);
        }
    }

    /** The record at this position as a candidate, its keys in their hashed form. */
    WorkCandidate candidate(int record) {
        List<String> identifiers = new ArrayList<>(idStart[record + 1] - idStart[record]);
        for (int i = idStart[record]; i < idStart[record + 1]; i++) {
            identifiers.add(identifierText(ids[i]));
        }
        return new WorkCandidate(works[record], memberId, new MatchKeys(identifiers,
                titles[record] == null ? "" : titles[record], KeyHash.text(exact[record]),
                KeyHash.text(block[record])));
    }

    /** The slot holding this key, or the empty slot where it would go. */
    private int slot(long keyHash) {
        int mask = slotKeys.length - 1;
        int slot = (int) (keyHash ^ (keyHash >>> 32)) & mask;
        while (slotKeys[slot] != 0 && slotKeys[slot] != keyHash) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    /** A record's keys in the form the matcher compares when it compares by hash (see {@link #hashed}). */
    static String identifierText(long hash) {
        return ((hash & 1) == 1 ? ISSN : ISBN) + KeyHash.text(hash);
    }

    static long identifierHash(String identifier) {
        long hash = KeyHash.of(identifier);
        boolean issn = identifier.startsWith(ISSN);
        hash = issn ? hash | 1 : hash & ~1L;
        return hash == 0 ? 2 : hash;
    }

    /**
     * A record's keys as the matcher sees them beside hashed candidates: identifiers, exact and block keys hashed
     * (equal keys have equal hashes, so every rule decides as on the words), the title key kept for the edit
     * distance of the similar-title step.
     */
    static MatchKeys hashed(MatchKeys keys) {
        List<String> identifiers = new ArrayList<>(keys.identifiers().size());
        for (String identifier : keys.identifiers()) {
            identifiers.add(identifierText(identifierHash(identifier)));
        }
        return new MatchKeys(identifiers, keys.titleKey(), KeyHash.text(KeyHash.of(keys.exactKey())),
                KeyHash.text(KeyHash.of(keys.blockKey())));
    }

    /** The hashes a record is looked up by: its identifiers and its cluster key. */
    static long[] lookupHashes(MatchKeys keys) {
        String cluster = RecordRows.clusterKey(keys);
        long[] hashes = new long[keys.identifiers().size() + (cluster == null ? 0 : 1)];
        for (int i = 0; i < keys.identifiers().size(); i++) {
            hashes[i] = identifierHash(keys.identifiers().get(i));
        }
        if (cluster != null) {
            hashes[hashes.length - 1] = KeyHash.of(cluster);
        }
        return hashes;
    }

    static Builder builder() {
        return new Builder();
    }

    /** Gathers a member's records (from the database, or from the load that just stored them). */
    static final class Builder {
        private int size;
        private long[] works = new long[1024];
        private long[] exact = new long[1024];
        private long[] block = new long[1024];
        private String[] titles = new String[1024];
        private int[] idStart = new int[1025];
        private long[] ids = new long[1024];
        private int idCount;
        private long[] lookupKeys = new long[2048];
        private int[] lookupRecords = new int[2048];
        private int lookupCount;

        /** A findable record: in work {@code workId}, with these keys. */
        void add(long workId, MatchKeys keys) {
            if (size + 1 >= works.length) {
                int grown = works.length * 2;
                works = Arrays.copyOf(works, grown);
                exact = Arrays.copyOf(exact, grown);
                block = Arrays.copyOf(block, grown);
                titles = Arrays.copyOf(titles, grown);
                idStart = Arrays.copyOf(idStart, grown + 1);
            }
            int record = size++;
            works[record] = workId;
            exact[record] = KeyHash.of(keys.exactKey());
            block[record] = KeyHash.of(keys.blockKey());
            // the similar-title step reads the title only where it can match: a block key and a long enough title
            titles[record] = keys.blockKey().isEmpty() || keys.titleKey().length() < WorkMatcher.MIN_SIMILAR_TITLE ? null : keys.titleKey();
            idStart[record] = idCount;
            for (String identifier : keys.identifiers()) {
                if (idCount == ids.length) {
                    ids = Arrays.copyOf(ids, ids.length * 2);
                }
                ids[idCount++] = identifierHash(identifier);
            }
            for (long hash : lookupHashes(keys)) {
                if (lookupCount == lookupKeys.length) {
                    lookupKeys = Arrays.copyOf(lookupKeys, lookupKeys.length * 2);
                    lookupRecords = Arrays.copyOf(lookupRecords, lookupRecords.length * 2);
                }
                lookupKeys[lookupCount] = hash;
                lookupRecords[lookupCount++] = record;
            }
        }

        MemberKeys build(long memberId, long generation) {
            return new MemberKeys(memberId, generation, this);
        }
    }
}
