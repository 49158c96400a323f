package id.jalin.catalogue.domain;

import id.jalin.kernel.task.Progress;
import java.util.Collection;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What the search index reads from the database, the source of truth, to bring itself up to date: each member's
 * change generation (raised by every import, harvest, removal, and every hand-made split or join touching it) and
 * the works as they are stored now. Works are handed over one at a time, never all in memory at once.
 */
public interface WorkFeed {
    /** Every member with holdings, and its current change generation. */
    Map<Long, Long> generations();

    /** How many works there are in all (for a rebuild's progress). */
    long workCount();

    /** Every work, in id order. */
    void allWorks(Consumer<IndexedWork> sink, Progress progress);

    /** The works that hold a record of any of these members. */
    void worksOfMembers(Collection<Long> memberIds, Consumer<IndexedWork> sink, Progress progress);

    /** These works, those of them that still exist (a work whose last record went is simply not handed over). */
    void works(Collection<Long> workIds, Consumer<IndexedWork> sink, Progress progress);
}
