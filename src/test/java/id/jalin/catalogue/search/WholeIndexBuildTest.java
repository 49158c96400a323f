package id.jalin.catalogue.search;

import static id.jalin.catalogue.search.Works.at;
import static id.jalin.catalogue.search.Works.book;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.jalin.catalogue.domain.CatalogueQuery;
import id.jalin.catalogue.domain.CatalogueSort;
import id.jalin.catalogue.domain.IndexedWork;
import id.jalin.catalogue.domain.MaterialKind;
import id.jalin.catalogue.domain.WorkFeed;
import id.jalin.catalogue.search.CatalogueIndexUpdateTest.RecordedProgress;
import id.jalin.kernel.task.CancelledException;
import id.jalin.kernel.task.Progress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A whole build of many works, more than one chunk for each indexing thread: every work found, and a failure or a
 * Cancel anywhere in it leaving the previous index as it was.
 */
class WholeIndexBuildTest {
    private static final int WORKS = 3_000;

    @TempDir
    Path folder;

    /** Work i is "Laporan k<i>" of year 1900 + i % 100, held by member i % 3 + 1 (and member 4 for every tenth). */
    private static IndexedWork report(long id) {
        return id % 10 == 0
                ? book(id, "Laporan k" + id, "Penulis p" + id, 1900 + (int) (id % 100), at(id % 3 + 1, id), at(4, 10_000 + id))
                : book(id, "Laporan k" + id, "Penulis p" + id, 1900 + (int) (id % 100), at(id % 3 + 1, id));
    }

    private static InMemoryWorkFeed reports() {
        InMemoryWorkFeed feed = new InMemoryWorkFeed();
        LongStream.rangeClosed(1, WORKS).mapToObj(WholeIndexBuildTest::report).forEach(feed::put);
        return feed;
    }

    /** An index of two works held by members 1 to 4, whose generations every one of {@link #reports} moves. */
    private LuceneCatalogueSearch previous() {
        InMemoryWorkFeed feed = new InMemoryWorkFeed();
        feed.put(book(90_001, "Hikayat Hang Tuah", "Anonim", 1700, at(1, 1), at(2, 2)));
        feed.put(book(90_002, "Syair Ken Tambuhan", "Anonim", 1800, at(3, 3), at(4, 4)));
        LuceneCatalogueSearch search = LuceneCatalogueSearch.open(folder);
        search.update(feed, Progress.NONE);
        return search;
    }

    @Test
    void everyWorkOfAWholeBuildIsFoundWholeWithItsHoldings() {
        InMemoryWorkFeed feed = reports();
        try (LuceneCatalogueSearch search = LuceneCatalogueSearch.open(folder)) {
            search.update(feed, Progress.NONE);

            assertThat(search.workCount()).isEqualTo(WORKS);
            assertThat(search.generations()).isEqualTo(feed.generations());
            for (long id = 1; id <= WORKS; id += 97) {
                assertThat(search.search(CatalogueQuery.words("k" + id + " ")).works()).containsExactly(report(id));
                assertThat(ids(search, CatalogueQuery.words("p" + id + " "))).containsExactly(id);
            }
            assertThat(ids(search, CatalogueQuery.words("k" + WORKS + " "))).containsExactly((long) WORKS);
            assertThat(ids(search, new CatalogueQuery("laporan", Set.of(4L), 1950, 1950, Set.of(MaterialKind.BOOK),
                    CatalogueSort.TITLE, 100))).containsExactlyInAnyOrderElementsOf(
                    LongStream.rangeClosed(1, WORKS).filter(id -> id % 100 == 50).boxed().toList());
            assertThat(search.search(new CatalogueQuery("", Set.of(), 1900, 1909, Set.of(), CatalogueSort.OLDEST,
                    10)).total()).isEqualTo(300);
        }
    }

    @Test
    void theProgressOfAWholeBuildOnlyGoesForwardToTheEnd() {
        List<long[]> reported = new ArrayList<>();
        Progress recording = new Progress() {
            @Override
            public synchronized void update(long done, long total) {
                reported.add(new long[] {done, total});
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
        try (LuceneCatalogueSearch search = LuceneCatalogueSearch.open(folder)) {
            search.update(reports(), recording);
        }

        assertThat(reported).hasSizeGreaterThan(WORKS / 1_000);
        for (int i = 1; i < reported.size(); i++) {
            assertThat(reported.get(i)[0]).as("step %d", i).isGreaterThanOrEqualTo(reported.get(i - 1)[0]);
            assertThat(reported.get(i)[1]).isEqualTo(WORKS);
        }
        assertThat(reported.get(reported.size() - 1)).containsExactly(WORKS, WORKS);
    }

    /** An ISBN too long to be one term: the writer refuses the work's document, in whichever thread adds it. */
    @ParameterizedTest
    @ValueSource(longs = {1, WORKS / 2, WORKS})
    void aWorkTheWriterRefusesFailsTheBuildAsItCameAndKeepsThePreviousIndex(long refused) {
        InMemoryWorkFeed feed = reports();
        IndexedWork good = report(refused);
        feed.put(new IndexedWork(refused, good.title(), good.author(), good.year(), good.kind(), good.edition(),
                good.titles(), good.authors(), good.subjects(), good.publishers(), List.of("9".repeat(40_000)),
                good.issns(), good.holdings()));
        try (LuceneCatalogueSearch search = previous()) {
            Map<Long, Long> before = search.generations();

            assertThatThrownBy(() -> search.update(feed, Progress.NONE))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("immense term");

            assertPrevious(search, before);
            feed.put(good);
            search.update(feed, Progress.NONE);
            assertThat(search.workCount()).isEqualTo(WORKS);
            assertThat(ids(search, CatalogueQuery.words("k" + refused + " "))).containsExactly(refused);
        }
    }

    @Test
    void aFeedFailingMidwayFailsTheBuildAsItCameAndKeepsThePreviousIndex() {
        IllegalStateException lost = new IllegalStateException("connection lost");
        FailingFeed feed = new FailingFeed(reports(), WORKS / 2, lost);
        try (LuceneCatalogueSearch search = previous()) {
            Map<Long, Long> before = search.generations();

            assertThatThrownBy(() -> search.update(feed, Progress.NONE)).isSameAs(lost);

            assertThat(feed.handedOver).isEqualTo(WORKS / 2);
            assertPrevious(search, before);
        }
    }

    @Test
    void aCancelMidwayThroughAWholeBuildKeepsThePreviousIndex() {
        InMemoryWorkFeed feed = reports();
        try (LuceneCatalogueSearch search = previous()) {
            Map<Long, Long> before = search.generations();

            assertThatThrownBy(() -> search.update(feed, new RecordedProgress(WORKS / 2)))
                    .isInstanceOf(CancelledException.class);

            assertPrevious(search, before);
            search.update(feed, Progress.NONE);
            assertThat(search.workCount()).isEqualTo(WORKS);
            assertThat(search.generations()).isEqualTo(feed.generations());
        }
    }

    @Test
    void aCancelAfterTheLastWorkIsHandedOverStillKeepsThePreviousIndex() {
        InMemoryWorkFeed feed = reports();
        try (LuceneCatalogueSearch search = previous()) {
            Map<Long, Long> before = search.generations();

            // one check a work, then the one before the commit
            assertThatThrownBy(() -> search.update(feed, new RecordedProgress(WORKS)))
                    .isInstanceOf(CancelledException.class);

            assertPrevious(search, before);
        }
    }

    private static void assertPrevious(LuceneCatalogueSearch search, Map<Long, Long> generations) {
        assertThat(search.generations()).isEqualTo(generations);
        assertThat(search.workCount()).isEqualTo(2);
        assertThat(ids(search, CatalogueQuery.words("hang tuah"))).containsExactly(90_001L);
        assertThat(ids(search, CatalogueQuery.words("laporan"))).isEmpty();
    }

    private static List<Long> ids(LuceneCatalogueSearch search, CatalogueQuery query) {
        return search.search(query).works().stream().map(IndexedWork::workId).toList();
    }

    /** The works of another feed, until the database goes away after so many. */
    private static final class FailingFeed implements WorkFeed {
        private final WorkFeed works;
        private final int failAfter;
        private final RuntimeException failure;
        private int handedOver;

        FailingFeed(WorkFeed works, int failAfter, RuntimeException failure) {
            this.works = works;
            this.failAfter = failAfter;
            this.failure = failure;
        }

        @Override
        public Map<Long, Long> generations() {
            return works.generations();
        }

        @Override
        public long workCount() {
            return works.workCount();
        }

        @Override
        public void allWorks(Consumer<IndexedWork> sink, Progress progress) {
            works.allWorks(work -> {
                if (handedOver == failAfter) {
                    throw failure;
                }
                handedOver++;
                sink.accept(work);
            }, progress);
        }

        @Override
        public void worksOfMembers(Collection<Long> memberIds, Consumer<IndexedWork> sink, Progress progress) {
            works.worksOfMembers(memberIds, sink, progress);
        }

        @Override
        public void works(Collection<Long> workIds, Consumer<IndexedWork> sink, Progress progress) {
            works.works(workIds, sink, progress);
        }
    }
}
