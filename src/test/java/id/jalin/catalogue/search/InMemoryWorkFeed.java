package id.jalin.catalogue.search;

import id.jalin.catalogue.domain.Holding;
import id.jalin.catalogue.domain.IndexedWork;
import id.jalin.catalogue.domain.WorkFeed;
import id.jalin.kernel.task.Progress;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The database as the index sees it, in memory: works by id, each member's generation raised by {@link #put} and
 * {@link #remove} for every member the change touches, and a count of the works handed over, to see what an update
 * read again.
 */
final class InMemoryWorkFeed implements WorkFeed {
    private final Map<Long, IndexedWork> works = new TreeMap<>();
    private final Map<Long, Long> generations = new HashMap<>();
    private int handedOver;
    private int allWorksCalls;

    /**
     * Stores (or replaces) a work. As in the database, only the members whose records changed get a new generation:
     * all its holders when the work itself changed, only those who took or let go of it when just its holdings did.
     */
    InMemoryWorkFeed put(IndexedWork work) {
        IndexedWork before = works.put(work.workId(), work);
        if (before == null) {
            touch(work);
        } else if (!sameBesidesHoldings(before, work)) {
            touch(before);
            touch(work);
        } else {
            Set<Holding> changed = new HashSet<>(before.holdings());
            changed.addAll(work.holdings());
            changed.removeIf(holding -> before.holdings().contains(holding) && work.holdings().contains(holding));
            changed.forEach(holding -> generations.merge(holding.memberId(), 1L, Long::sum));
        }
        return this;
    }

    private static boolean sameBesidesHoldings(IndexedWork one, IndexedWork other) {
        return one.equals(new IndexedWork(other.workId(), other.title(), other.author(), other.year(), other.kind(),
                other.edition(), other.titles(), other.authors(), other.subjects(), other.publishers(), other.isbns(),
                other.issns(), one.holdings()));
    }

    InMemoryWorkFeed remove(long workId) {
        IndexedWork before = works.remove(workId);
        if (before != null) {
            touch(before);
        }
        return this;
    }

    /** A member whose holdings are all gone, as after its removal from the catalogue. */
    InMemoryWorkFeed forget(long memberId) {
        generations.remove(memberId);
        return this;
    }

    private void touch(IndexedWork work) {
        for (Holding holding : work.holdings()) {
            generations.merge(holding.memberId(), 1L, Long::sum);
        }
    }

    int handedOver() {
        return handedOver;
    }

    int allWorksCalls() {
        return allWorksCalls;
    }

    void resetCounts() {
        handedOver = 0;
        allWorksCalls = 0;
    }

    @Override
    public Map<Long, Long> generations() {
        Map<Long, Long> current = new HashMap<>(generations);
        current.keySet().removeIf(member -> works.values().stream()
                .noneMatch(work -> work.holdings().stream().anyMatch(h -> h.memberId() == member)));
        return current;
    }

    @Override
    public long workCount() {
        return works.size();
    }

    @Override
    public void allWorks(Consumer<IndexedWork> sink, Progress progress) {
        allWorksCalls++;
        hand(new ArrayList<>(works.values()), sink);
    }

    @Override
    public void worksOfMembers(Collection<Long> memberIds, Consumer<IndexedWork> sink, Progress progress) {
        hand(works.values().stream()
                .filter(work -> work.holdings().stream().anyMatch(h -> memberIds.contains(h.memberId()))).toList(), sink);
    }

    @Override
    public void works(Collection<Long> workIds, Consumer<IndexedWork> sink, Progress progress) {
        hand(workIds.stream().sorted().map(works::get).filter(java.util.Objects::nonNull).toList(), sink);
    }

    private void hand(List<IndexedWork> list, Consumer<IndexedWork> sink) {
        for (IndexedWork work : list) {
            handedOver++;
            sink.accept(work);
        }
    }
}
