package id.jalin.catalogue.data;

import id.jalin.catalogue.domain.CatalogueRecord;
import id.jalin.catalogue.domain.HoldingsFeed;
import id.jalin.catalogue.domain.RecordSink;
import id.jalin.kernel.importing.RejectedRow;
import id.jalin.kernel.task.CancelledException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A feed read on a thread of its own, a few chunks ahead of the load that stores what it reads: the reading (MARC
 * parsed into records, a server's pages) and what the load works out of each record before storing it
 * ({@link Target#prepared}: its keys, their hashes, its row's columns and, where the load can, its work) take one core
 * while the load stores the records read before on the other (decision 0022). The load gets everything in the order the feed handed it
 * over, on its own thread (the transaction's). Whatever the feed throws reaches the load as it came; a load that
 * fails stops the feed at its next record, and the feed's thread has ended before {@link #feed} returns or throws.
 */
final class ReadAhead {
    static final int CHUNK = 250;
    private static final int CHUNKS_AHEAD = 8;
    private static final long WAIT_MILLIS = 50;

    /** What the feed handed over, in its order. */
    private sealed interface Item permits Accepted, SetAside, Deleted {
    }

    private record Accepted(ReadRecord read) implements Item {
    }

    private record SetAside(RejectedRow reason) implements Item {
    }

    private record Deleted(String sourceId) implements Item {
    }

    /** The feed ended; {@code failure} is what it threw, or null when it read everything. */
    private record End(Throwable failure) {
    }

    /**
     * Thrown inside the feed once the load has stopped: a Cancel as far as the feed is concerned, so readers that
     * keep reading past a broken record still let it through.
     */
    private static final class LoadStopped extends CancelledException {
    }

    /** Where the load takes what was read: a record comes with what depends on it alone worked out. */
    interface Target extends RecordSink {
        /** Called on the reading thread, record after record in the feed's order. */
        ReadRecord prepared(CatalogueRecord record);

        void accept(ReadRecord read);
    }

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(CHUNKS_AHEAD);
    private volatile boolean stopped;

    private ReadAhead() {
    }

    /** Runs {@code feed} on a reading thread and hands what it reads to {@code run} on the calling thread. */
    static <E extends Exception> void feed(HoldingsFeed<E> feed, Target run) throws E {
        new ReadAhead().drive(feed, run);
    }

    @SuppressWarnings("unchecked")
    private <E extends Exception> void drive(HoldingsFeed<E> feed, Target run) throws E {
        Thread reader = new Thread(() -> read(feed, run), "catalogue-read-ahead");
        reader.setDaemon(true);
        reader.start();
        try {
            while (true) {
                Object next = take();
                if (next instanceof End end) {
                    if (end.failure() == null) {
                        return;
                    }
                    if (end.failure() instanceof RuntimeException unchecked) {
                        throw unchecked;
                    }
                    if (end.failure() instanceof Error error) {
                        throw error;
                    }
                    throw (E) end.failure();
                }
                for (Item item : (List<Item>) next) {
                    handOver(item, run);
                }
            }
        } finally {
            stopped = true;
            queue.clear();
            joinQuietly(reader);
        }
    }

    private static void handOver(Item item, Target run) {
        if (item instanceof Accepted accepted) {
            run.accept(accepted.read());
        } else if (item instanceof SetAside aside) {
            run.setAside(aside.reason());
        } else if (item instanceof Deleted deleted) {
            run.deleted(deleted.sourceId());
        }
    }

    private <E extends Exception> void read(HoldingsFeed<E> feed, Target run) {
        Chunks chunks = new Chunks(run);
        Throwable failure = null;
        try {
            feed.feedTo(chunks);
        } catch (Throwable t) {
            failure = t;
        }
        if (!stopped) {
            try {
                // what was read before a failure reaches the load first, as it would have without reading ahead
                chunks.handOver();
                put(new End(failure));
            } catch (LoadStopped alreadyStopped) {
                // the load stopped meanwhile: nobody waits for the end any more
            }
        }
    }

    /** The reading thread's sink: records with their keys, gathered into chunks for the load. */
    private final class Chunks implements RecordSink {
        private final Target run;
        private List<Item> chunk = new ArrayList<>(CHUNK);

        Chunks(Target run) {
            this.run = run;
        }

        @Override
        public void accept(CatalogueRecord record) {
            if (stopped) {
                throw new LoadStopped();
            }
            add(new Accepted(run.prepared(record)));
        }

        @Override
        public void setAside(RejectedRow reason) {
            add(new SetAside(reason));
        }

        @Override
        public void deleted(String sourceId) {
            add(new Deleted(sourceId));
        }

        private void add(Item item) {
            if (stopped) {
                throw new LoadStopped();
            }
            chunk.add(item);
            if (chunk.size() == CHUNK) {
                handOver();
            }
        }

        void handOver() {
            if (!chunk.isEmpty()) {
                put(chunk);
                chunk = new ArrayList<>(CHUNK);
            }
        }
    }

    /** Waits for room ahead of the load, giving up once the load has stopped. */
    private void put(Object next) {
        try {
            while (!queue.offer(next, WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                if (stopped) {
                    throw new LoadStopped();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LoadStopped();
        }
    }

    private Object take() {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        }
    }

    /**
     * Waits for the reading thread to end: it ends at its next record once the load stopped, or when the feed
     * returns. Interrupted meanwhile, the interrupt is kept for the caller and the daemon thread left to end alone.
     */
    private static void joinQuietly(Thread reader) {
        try {
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
