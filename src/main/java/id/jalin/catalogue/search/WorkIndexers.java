package id.jalin.catalogue.search;

import id.jalin.catalogue.domain.IndexedWork;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.apache.lucene.index.IndexWriter;

/**
 * A whole build's works made into documents and added to the writer by threads of their own, while the caller's
 * thread reads the feed and hands the works over in chunks: the analysis (the edge grams above all) is most of a
 * build and the feed's reading most of the rest, so the two overlap and the analysis spreads over the cores
 * (decision 0025). The writer takes documents from several threads at once; their order in the index is not the
 * works' order, which nothing reads (a hit's work is read from its own doc values).
 *
 * <p>A failure in an indexing thread stops the indexing and is thrown, as it came, to the caller's next
 * {@link #accept} or {@link #finish}; {@link #close} stops and joins every thread, so none outlives the build
 * whatever ended it. The caller's thread is the only one that asks for Cancel; an interrupt neither stops the
 * handing over nor is lost (it is set again afterwards), as when the build ran on the caller's thread alone.
 */
final class WorkIndexers implements Consumer<IndexedWork>, AutoCloseable {
    /** Works a chunk: few enough that the threads share the work evenly, many enough that handing over is cheap. */
    static final int CHUNK = 256;
    /** Told apart from every chunk by identity: each thread stops at one. */
    private static final List<IndexedWork> END = new ArrayList<>(0);

    private final IndexWriter writer;
    private final LongConsumer written;
    /** At least one free place a thread, for the ends handed to threads that may all be busy or gone idle. */
    private final BlockingQueue<List<IndexedWork>> chunks;
    private final List<Thread> threads = new ArrayList<>();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    /** Set when the build is abandoned: the threads drop what is still queued instead of indexing it. */
    private volatile boolean stopped;
    private boolean ended;
    private List<IndexedWork> chunk = new ArrayList<>(CHUNK);

    private WorkIndexers(IndexWriter writer, int threadCount, LongConsumer written) {
        this.writer = writer;
        this.written = written;
        this.chunks = new ArrayBlockingQueue<>(2 * threadCount);
    }

    /**
     * Starts {@code threadCount} daemon threads ("catalogue-index-1", ...) adding documents to {@code writer};
     * {@code written} is told how many works each one added, from whichever thread added them.
     */
    static WorkIndexers start(IndexWriter writer, int threadCount, LongConsumer written) {
        WorkIndexers indexers = new WorkIndexers(writer, threadCount, written);
        try {
            for (int i = 1; i <= threadCount; i++) {
                Thread thread = new Thread(indexers::index, "catalogue-index-" + i);
                thread.setDaemon(true);
                indexers.threads.add(thread);
                thread.start();
            }
        } catch (RuntimeException | Error noThread) {
            // the threads already started must not outlive a build that cannot begin
            indexers.close();
            throw noThread;
        }
        return indexers;
    }

    /** Hands one work over (on the caller's thread); throws an indexing thread's failure as soon as there is one. */
    @Override
    public void accept(IndexedWork work) {
        throwFailure();
        chunk.add(work);
        if (chunk.size() == CHUNK) {
            handOver(chunk);
            chunk = new ArrayList<>(CHUNK);
        }
    }

    /** Waits until every work handed over is in the writer; throws an indexing thread's failure. */
    void finish() {
        throwFailure();
        if (!chunk.isEmpty()) {
            handOver(chunk);
            chunk = new ArrayList<>(0);
        }
        end();
        throwFailure();
    }

    /** Stops the threads, dropping what they have not begun, and waits for them; nothing once {@link #finish}ed. */
    @Override
    public void close() {
        if (ended) {
            return;
        }
        stopped = true;
        // only this thread hands chunks over, so once cleared there is room for every thread's end
        chunks.clear();
        end();
    }

    private void end() {
        ended = true;
        threads.forEach(thread -> handOver(END));
        boolean interrupted = false;
        for (Thread thread : threads) {
            while (thread.isAlive()) {
                try {
                    thread.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits for room even when interrupted: the threads always take chunks (they drop them once stopped). */
    private void handOver(List<IndexedWork> works) {
        boolean interrupted = false;
        while (true) {
            try {
                chunks.put(works);
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void throwFailure() {
        Throwable failed = failure.get();
        if (failed instanceof RuntimeException e) {
            throw e;
        }
        if (failed instanceof Error e) {
            throw e;
        }
    }

    /** One indexing thread: takes chunks until its end, indexing them until the build stopped or failed. */
    private void index() {
        while (true) {
            List<IndexedWork> works = take();
            if (works == END) {
                return;
            }
            if (stopped || failure.get() != null) {
                continue;
            }
            try {
                for (IndexedWork work : works) {
                    writer.addDocument(WorkDocument.of(work));
                }
                written.accept(works.size());
            } catch (IOException e) {
                failure.compareAndSet(null, new UncheckedIOException(e));
            } catch (RuntimeException | Error e) {
                failure.compareAndSet(null, e);
            }
        }
    }

    /** Only an end stops a thread: the caller waits for every thread's end, and hands each thread one. */
    private List<IndexedWork> take() {
        while (true) {
            try {
                return chunks.take();
            } catch (InterruptedException e) {
                // nothing here interrupts these threads; were one interrupted, it still takes until its end
            }
        }
    }
}
