package id.jalin.catalogue.domain;

import id.jalin.kernel.access.Permissions;
import id.jalin.kernel.task.Progress;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The union catalogue's rules on who may change it: a member's holdings are loaded by forum staff or that member's
 * own staff; merges are corrected (split, join) by the coordinator. Reading is open to every signed-in role.
 */
public final class UnionCatalogueService {
    private final HoldingsStore store;
    private final Permissions permissions;

    public UnionCatalogueService(HoldingsStore store, Permissions permissions) {
        this.store = store;
        this.permissions = permissions;
    }

    /** Replaces the member's holdings with what the feed reads; a failure or Cancel leaves the old ones. */
    public <E extends Exception> LoadOutcome load(long memberId, LoadInfo info, HoldingsFeed<E> feed,
                                                  Progress progress) throws E {
        permissions.requireLibrary(memberId, "catalogue.load");
        return store.replace(memberId, info, feed, progress);
    }

    /** Takes the changes a harvest brought (changed and deleted records); a failure or Cancel keeps the old ones. */
    public <E extends Exception> LoadOutcome merge(long memberId, LoadInfo info, HoldingsFeed<E> feed,
                                                   Progress progress) throws E {
        permissions.requireLibrary(memberId, "catalogue.load");
        return store.merge(memberId, info, feed, progress);
    }

    public void removeHoldings(long memberId) {
        permissions.requireLibrary(memberId, "catalogue.remove");
        store.remove(memberId);
    }

    /** Takes a wrongly merged record out of its work; the decision holds for later loads. */
    public void split(long recordId, String reason) {
        permissions.requireCoordinator("catalogue.split");
        store.split(recordId, reason);
    }

    /** Puts a record with another record's work; the decision holds for later loads. */
    public void join(long recordId, long intoRecordId, String reason) {
        permissions.requireCoordinator("catalogue.join");
        store.join(recordId, intoRecordId, reason);
    }

    /** Joins two works that are one: every record of the first goes to the second's. */
    public void joinWorks(long workId, long intoWorkId, String reason) {
        permissions.requireCoordinator("catalogue.join");
        List<StoredRecord> into = store.recordsOfWork(intoWorkId);
        if (into.isEmpty() || workId == intoWorkId) {
            return;
        }
        for (StoredRecord record : store.recordsOfWork(workId)) {
            store.join(record.id(), into.get(0).id(), reason);
        }
    }

    public boolean mayLoad(long memberId) {
        return permissions.mayChangeLibrary(memberId);
    }

    public boolean mayCorrectMerges() {
        return permissions.mayAdminister();
    }

    public List<MemberLoad> loads() {
        return store.loads();
    }

    public Optional<MemberLoad> load(long memberId) {
        return store.load(memberId);
    }

    /**
     * Who already holds the titles someone means to buy: for each probe, every member's record with the same ISBN or
     * the same exact title key (title, main author's surname, year, edition), with the evidence.
     */
    public List<HeldMatch> held(List<TitleProbe> probes) {
        return store.held(probes.stream().map(TitleProbe::keys).toList());
    }

    public List<StoredRecord> recordsOfWork(long workId) {
        return store.recordsOfWork(workId);
    }

    public List<StoredRecord> records(Collection<Long> recordIds) {
        return store.records(recordIds);
    }

    public List<StoredRecord> arrivals(long memberId, LocalDate from, LocalDate to) {
        return store.arrivals(memberId, from, to);
    }

    public void clusters(Consumer<ClusterRow> sink, Progress progress) {
        store.clusters(sink, progress);
    }

    public WorkFeed feed() {
        return store.feed();
    }
}
