package id.jalin.catalogue.search;

import id.jalin.catalogue.domain.CatalogueHits;
import id.jalin.catalogue.domain.CatalogueQuery;
import id.jalin.catalogue.domain.CatalogueSearch;
import id.jalin.catalogue.domain.CatalogueSort;
import id.jalin.catalogue.domain.IndexedWork;
import id.jalin.catalogue.domain.WorkFeed;
import id.jalin.catalogue.search.CatalogueIndexException.Failure;
import id.jalin.kernel.task.CancelledException;
import id.jalin.kernel.task.Progress;
import java.io.EOFException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * The union catalogue's search on this workstation: a Lucene index in a folder of the local data folder, one document
 * per work with every member's holding, brought up to date from the database through a {@link WorkFeed}.
 *
 * <p>An update re-reads only the members whose change generation moved (the generations indexed are kept in the
 * index's commit), replacing every work such a member held or holds now; a missing, damaged or other-layout index is
 * rebuilt from all works instead. Nothing is visible to searches until the update commits, so a search during an
 * update sees the previous index, and a cancelled or failed update leaves that index, and its generations, as they
 * were. Searches run on any thread, concurrently with each other and with an update; updates run one at a time.
 */
public final class LuceneCatalogueSearch implements CatalogueSearch {
    /**
     * Hits are counted exactly up to this many: a {@link CatalogueHits#total()} of exactly this means "this many or
     * more" (show "1000+"). Counting further would make the one- and two-letter prefixes of as-you-type searching
     * visit half the catalogue instead of stopping once the best hits are certain.
     */
    public static final int COUNTED_EXACTLY = 1_000;
    private static final int PROGRESS_EVERY = 1_000;
    /**
     * A whole build's documents are made on this many threads besides the one reading the feed: on two cores two
     * beat one and beat building on the reading thread; a larger writer buffer gained nothing (decision 0025).
     */
    private static final int INDEXING_THREADS = 2;

    private final Path folder;
    private final Directory directory;
    private final Analyzer indexAnalyzer = CatalogueAnalyzers.forIndex();
    private final QueryTranslator translator = new QueryTranslator(CatalogueAnalyzers.words());
    private final Object updating = new Object();
    /** Searches the last commit; null while there is no usable index (none yet, or a damaged one being rebuilt). */
    private volatile SearcherManager searchers;
    /** Set when reading met damage: the next update rebuilds from scratch. */
    private volatile boolean damaged;
    private volatile boolean closed;

    private LuceneCatalogueSearch(Path folder, Directory directory) {
        this.folder = folder;
        this.directory = directory;
    }

    /**
     * Opens the index kept in {@code folder} (created when missing). A missing or damaged index is not an error
     * here: searches find nothing until {@link #update} has rebuilt it.
     *
     * @throws CatalogueIndexException FOLDER_UNUSABLE when the folder cannot be created or opened
     */
    public static LuceneCatalogueSearch open(Path folder) {
        Directory directory;
        try {
            Files.createDirectories(folder);
            directory = FSDirectory.open(folder);
        } catch (IOException | RuntimeException e) {
            throw new CatalogueIndexException(Failure.FOLDER_UNUSABLE, e, folder);
        }
        LuceneCatalogueSearch search = new LuceneCatalogueSearch(folder, directory);
        search.openSearchers();
        return search;
    }

    private void openSearchers() {
        try {
            if (DirectoryReader.indexExists(directory)) {
                searchers = new SearcherManager(directory, null);
            }
        } catch (IOException | RuntimeException unreadable) {
            // a damaged or foreign index: the next update clears the folder and rebuilds it
            damaged = true;
        }
    }

    /**
     * The member generations of the last completed update (member id → generation); empty when there is no usable
     * index, which the next update rebuilds.
     */
    public Map<Long, Long> generations() {
        return committed().map(IndexGenerations::byMember).orElse(Map.of());
    }

    /** How many works the index holds now. */
    public int workCount() {
        SearcherManager manager = searchers;
        if (manager == null || closed) {
            return 0;
        }
        try {
            IndexSearcher searcher = manager.acquire();
            try {
                return searcher.getIndexReader().numDocs();
            } finally {
                manager.release(searcher);
            }
        } catch (IOException | AlreadyClosedException e) {
            return 0;
        }
    }

    @Override
    public void update(WorkFeed feed, Progress progress) {
        synchronized (updating) {
            ensureOpen();
            Map<Long, Long> current = Map.copyOf(feed.generations());
            Optional<IndexGenerations> indexed = damaged || searchers == null ? Optional.empty() : committed();
            if (indexed.isEmpty()) {
                rebuild(feed, current, progress);
                return;
            }
            Set<Long> changed = indexed.get().changedIn(current);
            if (changed.isEmpty()) {
                progress.update(1, 1);
                return;
            }
            if (changed.containsAll(indexed.get().byMember().keySet())) {
                // every member indexed has changed: building afresh reads the same works and writes fewer deletions
                rebuild(feed, current, progress);
                return;
            }
            try {
                refresh(feed, current, changed, progress);
            } catch (IndexDamage damage) {
                damaged = true;
                rebuild(feed, current, progress);
            }
        }
    }

    @Override
    public CatalogueHits search(CatalogueQuery query) {
        ensureOpen();
        SearcherManager manager = searchers;
        if (manager == null) {
            return new CatalogueHits(0, List.of());
        }
        IndexSearcher searcher;
        try {
            searcher = manager.acquire();
        } catch (AlreadyClosedException rebuilding) {
            return new CatalogueHits(0, List.of());
        } catch (IOException e) {
            damaged = true;
            throw new CatalogueIndexException(Failure.READ_FAILED, e, folder);
        }
        try {
            return hits(searcher, query);
        } catch (IOException | UncheckedIOException e) {
            damaged = true;
            throw new CatalogueIndexException(Failure.READ_FAILED, e, folder);
        } finally {
            release(manager, searcher);
        }
    }

    private CatalogueHits hits(IndexSearcher searcher, CatalogueQuery asked) throws IOException {
        Query query = translator.query(asked);
        TopDocs top = asked.sort() == CatalogueSort.RELEVANCE
                ? searcher.search(query, new TopScoreDocCollectorManager(asked.limit(), null, COUNTED_EXACTLY))
                : searcher.search(query, new TopFieldCollectorManager(QueryTranslator.sort(asked.sort()),
                        asked.limit(), null, COUNTED_EXACTLY));
        long total = top.totalHits.relation == TotalHits.Relation.EQUAL_TO ? top.totalHits.value : COUNTED_EXACTLY;
        return new CatalogueHits(total, works(searcher, top.scoreDocs));
    }

    /** The hits' works in the order found, read in document order (doc values only move forwards). */
    private static List<IndexedWork> works(IndexSearcher searcher, ScoreDoc[] hits) throws IOException {
        Integer[] inDocOrder = new Integer[hits.length];
        for (int i = 0; i < hits.length; i++) {
            inDocOrder[i] = i;
        }
        Arrays.sort(inDocOrder, Comparator.comparingInt(i -> hits[i].doc));
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        IndexedWork[] works = new IndexedWork[hits.length];
        int leaf = -1;
        BinaryDocValues values = null;
        for (int i : inDocOrder) {
            int doc = hits[i].doc;
            int hitLeaf = ReaderUtil.subIndex(doc, leaves);
            if (hitLeaf != leaf) {
                leaf = hitLeaf;
                values = leaves.get(leaf).reader().getBinaryDocValues(WorkDocument.STORED);
            }
            if (values == null || !values.advanceExact(doc - leaves.get(leaf).docBase)) {
                throw new CorruptIndexException("Work without its stored value", "doc " + doc);
            }
            works[i] = WorkDocument.decode(values.binaryValue());
        }
        return List.of(works);
    }

    /** Waits for a running update to end: press its Cancel first when closing while the index is being updated. */
    @Override
    public void close() {
        closed = true;
        synchronized (updating) {
            try {
                closeSearchers();
                directory.close();
            } catch (IOException e) {
                throw new CatalogueIndexException(Failure.WRITE_FAILED, e, folder);
            }
        }
    }

    /** Re-indexes the works of the changed members: those they held (some now held by others only) and hold now. */
    private void refresh(WorkFeed feed, Map<Long, Long> current, Set<Long> changed, Progress progress) {
        IndexWriter writer = openWriter(OpenMode.APPEND);
        try {
            Set<Long> held = worksHeldBy(changed);
            for (Long member : changed) {
                writer.deleteDocuments(WorkDocument.memberTerm(member));
            }
            Counter counter = new Counter(progress, held.size());
            Set<Long> readAgain = new HashSet<>();
            Consumer<IndexedWork> sink = work -> {
                progress.checkCancelled();
                readAgain.add(work.workId());
                put(writer, work);
                counter.step();
            };
            List<Long> stillThere = changed.stream().filter(current::containsKey).sorted().toList();
            if (!stillThere.isEmpty()) {
                feed.worksOfMembers(stillThere, sink, cancelOnly(progress));
            }
            held.removeAll(readAgain);
            if (!held.isEmpty()) {
                feed.works(held.stream().sorted().toList(), sink, cancelOnly(progress));
            }
            commit(writer, current, counter);
        } catch (IOException | RuntimeException e) {
            throw failed(writer, e);
        }
    }

    private void rebuild(WorkFeed feed, Map<Long, Long> current, Progress progress) {
        if (damaged || searchers == null) {
            clearFolder();
        }
        IndexWriter writer = openWriter(OpenMode.CREATE);
        try {
            Counter counter = new Counter(progress, feed.workCount());
            // closed (its threads stopped and joined) before the catch below rolls the writer back
            try (WorkIndexers indexers = WorkIndexers.start(writer, INDEXING_THREADS, counter::add)) {
                feed.allWorks(work -> {
                    progress.checkCancelled();
                    indexers.accept(work);
                }, cancelOnly(progress));
                indexers.finish();
            }
            commit(writer, current, counter);
        } catch (IOException | RuntimeException e) {
            RuntimeException failure = failed(writer, e);
            throw failure instanceof IndexDamage damage
                    ? new CatalogueIndexException(Failure.WRITE_FAILED, damage.getCause(), folder) : failure;
        }
    }

    private void commit(IndexWriter writer, Map<Long, Long> current, Counter counter) throws IOException {
        counter.progress.checkCancelled();
        writer.setLiveCommitData(new IndexGenerations(current).userData().entrySet());
        writer.commit();
        closeAfterCommit(writer);
        damaged = false;
        try {
            if (searchers == null) {
                searchers = new SearcherManager(directory, null);
            } else {
                searchers.maybeRefreshBlocking();
            }
        } catch (IOException e) {
            // committed but not readable: searches would stay on the old commit, so the next update rebuilds
            damaged = true;
            throw new CatalogueIndexException(Failure.READ_FAILED, e, folder);
        }
        counter.finish();
    }

    /**
     * Closing lets merges started by the update finish and commits them (the generations stay in the commit). The
     * update is done once committed: a merge that fails here is dropped, and the next update merges again.
     */
    private static void closeAfterCommit(IndexWriter writer) {
        try {
            writer.close();
        } catch (IOException | RuntimeException mergeFailed) {
            try {
                writer.rollback();
            } catch (IOException | RuntimeException alreadyClosed) {
                mergeFailed.addSuppressed(alreadyClosed);
            }
        }
    }

    private static void put(IndexWriter writer, IndexedWork work) {
        try {
            writer.updateDocument(WorkDocument.idTerm(work.workId()), WorkDocument.of(work));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The ids of the works in which any of these members holds a record, as the last commit has them. */
    private Set<Long> worksHeldBy(Set<Long> members) throws IOException {
        Set<Long> ids = new HashSet<>();
        SearcherManager manager = searchers;
        IndexSearcher searcher = manager.acquire();
        try {
            for (Long member : members) {
                searcher.search(new TermQuery(WorkDocument.memberTerm(member)), new IdCollector(ids));
            }
        } finally {
            release(manager, searcher);
        }
        return ids;
    }

    private IndexWriter openWriter(OpenMode mode) {
        IndexWriterConfig config = new IndexWriterConfig(indexAnalyzer).setOpenMode(mode).setRAMBufferSizeMB(48);
        try {
            return new IndexWriter(directory, config);
        } catch (LockObtainFailedException e) {
            throw new CatalogueIndexException(Failure.IN_USE, e, folder);
        } catch (IOException | RuntimeException e) {
            if (mode == OpenMode.APPEND && isDamage(e)) {
                throw new IndexDamage(e);
            }
            throw new CatalogueIndexException(Failure.WRITE_FAILED, e, folder);
        }
    }

    /**
     * Undoes the update's uncommitted changes and says why it stopped: the user's Cancel as it came, damage found in
     * the index (then the caller rebuilds), the feed's own failure as it came, or a write failure in words.
     */
    private RuntimeException failed(IndexWriter writer, Exception cause) {
        try {
            writer.rollback();
        } catch (IOException | RuntimeException rollbackFailed) {
            cause.addSuppressed(rollbackFailed);
        }
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof CancelledException cancelled) {
                return cancelled;
            }
        }
        if (isDamage(cause)) {
            return new IndexDamage(cause);
        }
        if (cause instanceof IOException || cause instanceof UncheckedIOException) {
            return new CatalogueIndexException(Failure.WRITE_FAILED, cause, folder);
        }
        return (RuntimeException) cause;
    }

    private static boolean isDamage(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof CorruptIndexException || t instanceof IndexFormatTooOldException
                    || t instanceof IndexFormatTooNewException || t instanceof IndexNotFoundException
                    || t instanceof NoSuchFileException || t instanceof FileNotFoundException
                    || t instanceof EOFException) {
                return true;
            }
        }
        return false;
    }

    /** The generations of the last commit on disk; empty when there is none or it cannot be read. */
    private Optional<IndexGenerations> committed() {
        if (closed) {
            return Optional.empty();
        }
        try {
            return IndexGenerations.read(SegmentInfos.readLatestCommit(directory).getUserData());
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /** Empties a damaged index folder (only the files in it; Lucene makes no sub-folders) before a rebuild. */
    private void clearFolder() {
        try {
            closeSearchers();
            try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
                for (Path file : files) {
                    if (Files.isRegularFile(file)) {
                        Files.delete(file);
                    }
                }
            }
        } catch (IOException e) {
            throw new CatalogueIndexException(Failure.WRITE_FAILED, e, folder);
        }
    }

    private void closeSearchers() throws IOException {
        SearcherManager manager = searchers;
        searchers = null;
        if (manager != null) {
            manager.close();
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new CatalogueIndexException(Failure.CLOSED, null, folder);
        }
    }

    private static void release(SearcherManager manager, IndexSearcher searcher) {
        try {
            manager.release(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The feed may stop on Cancel too, but the progress shown is the index's (works written), not the feed's. */
    private static Progress cancelOnly(Progress progress) {
        return new Progress() {
            @Override
            public void update(long done, long total) {
            }

            @Override
            public boolean isCancelled() {
                return progress.isCancelled();
            }
        };
    }

    /**
     * Works written so far against those expected, reported now and then rather than for every work. A rebuild's
     * indexing threads count here too: one at a time, so that the progress shown never goes back.
     */
    private static final class Counter {
        private final Progress progress;
        private final long expected;
        private long done;

        Counter(Progress progress, long expected) {
            this.progress = progress;
            this.expected = expected;
            progress.update(0, Math.max(expected, 1));
        }

        void step() {
            add(1);
        }

        synchronized void add(long works) {
            long before = done;
            done += works;
            if (done / PROGRESS_EVERY != before / PROGRESS_EVERY) {
                progress.update(done, Math.max(expected, done));
            }
        }

        synchronized void finish() {
            progress.update(Math.max(done, 1), Math.max(done, 1));
        }
    }

    /** Collects the work ids of the matching documents. */
    private static final class IdCollector extends SimpleCollector {
        private final Set<Long> ids;
        private NumericDocValues values;

        IdCollector(Set<Long> ids) {
            this.ids = ids;
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            values = context.reader().getNumericDocValues(WorkDocument.ID);
        }

        @Override
        public void collect(int doc) throws IOException {
            if (values != null && values.advanceExact(doc)) {
                ids.add(values.longValue());
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }

    /** Damage found while updating in place: the update starts again as a rebuild. */
    private static final class IndexDamage extends RuntimeException {
        IndexDamage(Throwable cause) {
            super(cause);
        }
    }
}
