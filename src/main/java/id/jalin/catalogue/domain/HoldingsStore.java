package id.jalin.catalogue.domain;

import id.jalin.kernel.task.Progress;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Where the union catalogue keeps members' records and their works. */
public interface HoldingsStore {
    /**
     * Replaces every record of the member with what the feed hands over, clustering each into a work, in one
     * transaction: if the feed throws, or Cancel is pressed, the member's previous holdings stay as they were.
     */
    <E extends Exception> LoadOutcome replace(long memberId, LoadInfo info, HoldingsFeed<E> feed, Progress progress)
            throws E;

    /**
     * Takes a harvest of changes in one transaction: each record replaces the member's record with the same id
     * (keeping when it first arrived), the records the server reports deleted go, the others stay. A failure or
     * Cancel leaves the holdings as they were.
     */
    <E extends Exception> LoadOutcome merge(long memberId, LoadInfo info, HoldingsFeed<E> feed, Progress progress)
            throws E;

    /**
     * Adds one record to the member's holdings beside the others (copies a joint purchase placed there), clustered
     * like a loaded one and counted as arriving now; a record with the same id already there gains the copies
     * instead. The member's next load replaces it with what its own catalogue then says.
     *
     * @return the work the record is in
     */
    long add(long memberId, CatalogueRecord record, String origin);

    /**
     * Moves copies from one member to another in one transaction (surplus books handed over): the giver's record of
     * the title (by ISBN or the exact title key, the one with most copies) loses them, and goes when none are left;
     * the receiver gains {@code received} as {@link #add} would. When the receiver already has all of
     * {@code received}'s item codes the move was made before and nothing changes.
     *
     * @return whether anything moved
     */
    boolean move(long giverId, MatchKeys title, long receiverId, CatalogueRecord received, String origin);

    /** Takes every record of the member out of the catalogue (a member that left). */
    void remove(long memberId);

    List<MemberLoad> loads();

    Optional<MemberLoad> load(long memberId);

    /** Every member's record of the work, member by member. */
    List<StoredRecord> recordsOfWork(long workId);

    List<StoredRecord> records(Collection<Long> recordIds);

    /** The member's records that arrived in the period (both days included), oldest first. */
    List<StoredRecord> arrivals(long memberId, LocalDate from, LocalDate to);

    /** Every record's place in its work, for reviewing the clustering outside Jalin, in work order. */
    void clusters(Consumer<ClusterRow> sink, Progress progress);

    /** Takes a record out of its work into a work of its own, and keeps the decision for later loads. */
    void split(long recordId, String reason);

    /** Puts a record into the work of another record, and keeps the decision for later loads. */
    void join(long recordId, long intoRecordId, String reason);

    /** What the search index reads. */
    WorkFeed feed();

    /** Every stored record each probe matches by ISBN or by the exact title key, a fixed number of queries a batch. */
    List<HeldMatch> held(List<MatchKeys> probes);
}
