package id.jalin.catalogue.data;

import java.util.ArrayDeque;
import java.util.Deque;
import org.jooq.DSLContext;
import org.jooq.Sequence;

/**
 * Ids taken from a sequence a thousand at a time, so that a load numbers its rows without a round trip per row: the
 * catalogue's sequences step by {@value #BLOCK}, and each value opens the block of ids from it.
 */
final class IdPool {
    static final int BLOCK = 1000;
    private final DSLContext tx;
    private final Sequence<Long> sequence;
    private final Deque<Long> ids = new ArrayDeque<>();

    IdPool(DSLContext tx, Sequence<Long> sequence) {
        this.tx = tx;
        this.sequence = sequence;
    }

    long next() {
        if (ids.isEmpty()) {
            long first = tx.fetchValue(sequence.nextval());
            for (long id = first; id < first + BLOCK; id++) {
                ids.add(id);
            }
        }
        return ids.removeFirst();
    }
}
