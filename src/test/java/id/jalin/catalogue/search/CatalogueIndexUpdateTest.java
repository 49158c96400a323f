package id.jalin.catalogue.search;

import static id.jalin.catalogue.search.Works.at;
import static id.jalin.catalogue.search.Works.book;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.jalin.catalogue.domain.CatalogueQuery;
import id.jalin.catalogue.domain.CatalogueSort;
import id.jalin.catalogue.domain.Holding;
import id.jalin.catalogue.domain.IndexedWork;
import id.jalin.kernel.task.CancelledException;
import id.jalin.kernel.task.Progress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogueIndexUpdateTest {
    @TempDir
    Path folder;

    /** Members 1, 2 and 3 with ten works each ("Buku m-i"), and work 100 held by members 1 and 2. */
    private static InMemoryWorkFeed forum() {
        InMemoryWorkFeed feed = new InMemoryWorkFeed();
        for (long member = 1; member <= 3; member++) {
            for (int i = 0; i < 10; i++) {
                long id = member * 10 + i;
                feed.put(book(id, "Buku m" + member + " nomor" + i, "Penulis", 2000 + i, at(member, id)));
            }
        }
        feed.put(book(100, "Kumpulan Cerpen Bersama", "Penulis", 2020, at(1, 1100), at(2, 2100)));
        return feed;
    }

    @Test
    void theFirstUpdateBuildsTheIndexAndKeepsTheGenerations() {
        InMemoryWorkFeed feed = forum();
        try (LuceneCatalogueSearch search = LuceneCatalogueSearch.open(folder)) {
            RecordedProgress progress = new RecordedProgress(Long.MAX_VALUE);
            search.update(feed, progress);

            assertThat(feed.allWorksCalls()).isEqualTo(1);
            assertThat(search.workCount()).isEqualTo(31);
            assertThat(search.generations()).isEqualTo(feed.generations());
            assertThat(progress.last()).containsExactly(31, 31);
        }
    }

    @Test
    void anUnchangedCatalogueReadsNothingAgainEvenAfterReopening() {
        InMemoryWorkFeed feed = forum();
        try (LuceneCatalogueSearch search = LuceneCatalogueSearch.open(folder)) {
            search.update(feed, Progress.NONE);
        }
        feed.resetCounts();
        try (LuceneCatalogueSearch search = LuceneCatalogueSearch.open(folder)) {
            search.update(feed, Progress.NONE);

            assertThat(feed.handedOver()).isZero();
            assertThat(titles(search, "kumpulan")).containsExactly("Kumpulan Cerpen Bersama");
        }
    }

    @Test
    void oneMembersChangeReindexesOnlyThatMembersWorks() {
        InMemoryWorkFeed feed = forum();
        try (LuceneCatalogueSearch search = LuceneCatalogueSearch.open(folder)) {
            search.update(feed, Progress.NONE);
            feed.resetCounts();
            feed.put(book(35, "Sejarah Kerajaan Majapahit", "Slamet Muljana", 2005, at(3, 35)));

            search.update(feed, Progress.NONE);

            assertThat(feed.allWorksCalls()).isZero();
            assertThat(feed.handedOver()).as("member 3's ten works, read once").isEqualTo(10);
            assertThat(titles(search, "majapahit")).containsExactly("Sejarah Kerajaan Majapahit");
            assertThat(titles(search, "buku m3 nomor5 ")).isEmpty();
            assertThat(search.workCount()).isEqualTo(31);
            assertThat(search.generations()).isEqualTo(feed.generations());
        }
    }

    @Test
    void whenEveryMemberChangedTheIndexIsBuiltAfresh() {
        InMemoryWorkFeed feed = forum();
        try (LuceneCatalogueSearch search = LuceneCatalogueSearch.open(folder)) {
            search.update(feed, Progress.NONE);
            feed.put(book(15, "Sejarah Kerajaan Majapahit", "Slamet Muljana", 2005, at(1, 15)));
            feed.put(book(25, "Sejarah Kerajaan Sriwijaya", "Slamet Muljana", 2006, at(2, 25)));
            feed.put(book(35, "Sejarah Kerajaan Mataram", "Slamet Muljana", 2007, at(3, 35)));
            feed.resetCounts();

            search.update(feed, Progress.NONE);

            assertThat(feed.allWorksCalls()).isEqualTo(1);
            assertThat(feed.handedOver()).isEqualTo(31);
            assertThat(titles(search, "sejarah kerajaan")).hasSize(3);
            assertThat(search.workCount()).isEqualTo(31);
        }
    }

    @Test
    void aSharedWorkStaysFindableWhenOneMemberLetsItGo() {
        InMemoryWorkFeed feed = forum();
        try (LuceneCatalogueSearch search = LuceneCatalogueSearch.open(folder)) {
            search.update(feed, Progress.NONE);
            feed.put(book(100, "Kumpulan Cerpen Bersama", "Penulis", 2020, at(1, 1100)));

            search.update(feed, Progress.NONE);

            assertThat(holders(search, "kumpulan cerpen")).containsExactly(List.of(1L));
            assertThat(search.search(new CatalogueQuery("kumpulan", Set.of(2L), null, null, Set.of(),
                    CatalogueSort.RELEVANCE, 10)).works()).isEmpty();
        }
    }

    @Test
    void aSharedWorkStaysFindableWhenAMemberLeavesTheCatalogue() {
        InMemoryWorkFeed feed = new InMemoryWorkFeed();
        feed.put(book(1, "Kumpulan Cerpen Bersama", "Penulis", 2020, at(1, 11), at(2, 21)));
        feed.put(book(2, "Buku Anggota Dua", "Penulis", 2020, at(2, 22)));
        feed.put(book(3, "Buku Anggota Satu", "Penulis", 2020, at(1, 12)));
        feed.put(book(4, "Buku Anggota Tiga", "Penulis", 2020, at(3, 31)));
        try (LuceneCatalogueSearch search = LuceneCatalogueSearch.open(folder)) {
            search.update(feed, Progress.NONE);
            // member 2 is taken out: its only work goes, the shared one loses its holding
            feed.remove(2).put(book(1, "Kumpulan Cerpen Bersama", "Penulis", 2020, at(1, 11))).forget(2);
            feed.resetCounts();

            search.update(feed, Progress.NONE);

            assertThat(feed.allWorksCalls()).isZero();
            assertThat(holders(search, "kumpulan")).containsExactly(List.of(1L));
            assertThat(titles(search, "anggota")).containsExactlyInAnyOrder("Buku Anggota Satu", "Buku Anggota Tiga");
            assertThat(search.generations()).containsOnlyKeys(1L, 3L);
        }
    }

    @Test
    void aDeletedWorkDisappears() {
        InMemoryWorkFeed feed = forum();
        try (LuceneCatalogueSearch search = LuceneCatalogueSearch.open(folder)) {
            search.update(feed, Progress.NONE);
            feed.remove(100);

            search.update(feed, Progress.NONE);

            assertThat(titles(search, "kumpulan")).isEmpty();
            assertThat(search.workCount()).isEqualTo(30);
        }
    }

    @Test
    void aSegmentFileFullOfGarbageIsRebuiltOnUpdate() throws IOException {
        InMemoryWorkFeed feed = forum();
        try (LuceneCatalogueSearch search = LuceneCatalogueSearch.open(folder)) {
            search.update(feed, Progress.NONE);
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> !f.getFileName().toString().startsWith("segments")
                    && !f.getFileName().toString().equals("write.lock")).toList()) {
                Files.write(file, "not an index".repeat(50).getBytes());
            }
        }
        feed.resetCounts();
        try (LuceneCatalogueSearch search = LuceneCatalogueSearch.open(folder)) {
            assertThat(search.search(CatalogueQuery.words("kumpulan")).works()).isEmpty();

            search.update(feed, Progress.NONE);

            assertThat(feed.allWorksCalls()).isEqualTo(1);
            assertThat(titles(search, "kumpulan")).containsExactly("Kumpulan Cerpen Bersama");
            assertThat(search.workCount()).isEqualTo(31);
        }
    }

    @Test
    void aMissingSegmentsFileIsRebuiltOnUpdate() throws IOException {
        InMemoryWorkFeed feed = forum();
        try (LuceneCatalogueSearch search = LuceneCatalogueSearch.open(folder)) {
            search.update(feed, Progress.NONE);
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("segments_")).toList()) {
                Files.delete(file);
            }
        }
        try (LuceneCatalogueSearch search = LuceneCatalogueSearch.open(folder)) {
            search.update(feed, Progress.NONE);

            assertThat(titles(search, "kumpulan")).containsExactly("Kumpulan Cerpen Bersama");
            assertThat(search.generations()).isEqualTo(feed.generations());
        }
    }

    @Test
    void aHalfWrittenFolderIsClearedAndRebuilt() throws IOException {
        Files.write(folder.resolve("_0.cfs"), new byte[] {1, 2, 3});
        Files.write(folder.resolve("segments_1"), new byte[] {63, -41, 108, 23, 0, 0});
        try (LuceneCatalogueSearch search = LuceneCatalogueSearch.open(folder)) {
            search.update(forum(), Progress.NONE);

            assertThat(search.workCount()).isEqualTo(31);
            assertThat(folder.resolve("_0.cfs")).exists();
            assertThat(titles(search, "kumpulan")).containsExactly("Kumpulan Cerpen Bersama");
        }
    }

    @Test
    void aCancelledUpdateLeavesThePreviousIndexSearchableAndStillStale() {
        InMemoryWorkFeed feed = forum();
        try (LuceneCatalogueSearch search = LuceneCatalogueSearch.open(folder)) {
            search.update(feed, Progress.NONE);
            Map<Long, Long> before = search.generations();
            feed.put(book(35, "Sejarah Kerajaan Majapahit", "Slamet Muljana", 2005, at(3, 35)));

            assertThatThrownBy(() -> search.update(feed, new RecordedProgress(5)))
                    .isInstanceOf(CancelledException.class);

            assertThat(search.generations()).isEqualTo(before);
            assertThat(titles(search, "majapahit")).isEmpty();
            assertThat(titles(search, "buku m3 nomor5 ")).containsExactly("Buku m3 nomor5");
            assertThat(search.workCount()).isEqualTo(31);

            search.update(feed, Progress.NONE);
            assertThat(titles(search, "majapahit")).containsExactly("Sejarah Kerajaan Majapahit");
            assertThat(search.generations()).isEqualTo(feed.generations());
        }
    }

    @Test
    void aCancelledFirstBuildLeavesAnEmptyIndexThatTheNextUpdateBuilds() {
        InMemoryWorkFeed feed = forum();
        try (LuceneCatalogueSearch search = LuceneCatalogueSearch.open(folder)) {
            assertThatThrownBy(() -> search.update(feed, new RecordedProgress(5)))
                    .isInstanceOf(CancelledException.class);
            assertThat(search.search(CatalogueQuery.words("buku")).works()).isEmpty();
            assertThat(search.generations()).isEmpty();

            search.update(feed, Progress.NONE);
            assertThat(search.workCount()).isEqualTo(31);
        }
    }

    @Test
    void aSearchDuringAnUpdateSeesThePreviousIndex() {
        InMemoryWorkFeed feed = forum();
        try (LuceneCatalogueSearch search = LuceneCatalogueSearch.open(folder)) {
            search.update(feed, Progress.NONE);
            feed.put(book(35, "Sejarah Kerajaan Majapahit", "Slamet Muljana", 2005, at(3, 35)));
            List<List<String>> seenMidway = new ArrayList<>();
            RecordedProgress looking = new RecordedProgress(Long.MAX_VALUE) {
                @Override
                public boolean isCancelled() {
                    if (seenMidway.isEmpty()) {
                        seenMidway.add(titles(search, "buku m3 nomor5 "));
                    }
                    return false;
                }
            };

            search.update(feed, looking);

            assertThat(seenMidway).containsExactly(List.of("Buku m3 nomor5"));
            assertThat(titles(search, "buku m3 nomor5 ")).isEmpty();
        }
    }

    @Test
    void twoIndexesOverTwoFoldersComeUpToDateFromOneFeed() {
        InMemoryWorkFeed feed = forum();
        try (LuceneCatalogueSearch first = LuceneCatalogueSearch.open(folder.resolve("db-a"));
             LuceneCatalogueSearch second = LuceneCatalogueSearch.open(folder.resolve("db-b"))) {
            first.update(feed, Progress.NONE);
            second.update(feed, Progress.NONE);
            feed.put(book(35, "Sejarah Kerajaan Majapahit", "Slamet Muljana", 2005, at(3, 35)));
            feed.remove(36);
            feed.resetCounts();

            first.update(feed, Progress.NONE);
            second.update(feed, Progress.NONE);

            assertThat(feed.allWorksCalls()).isZero();
            for (LuceneCatalogueSearch search : List.of(first, second)) {
                assertThat(titles(search, "majapahit")).containsExactly("Sejarah Kerajaan Majapahit");
                assertThat(titles(search, "buku m3 nomor6 ")).isEmpty();
                assertThat(search.workCount()).isEqualTo(30);
                assertThat(search.generations()).isEqualTo(feed.generations());
            }
        }
    }

    @Test
    void aTotalBeyondTheExactCountSaysAtLeastThatMany() {
        InMemoryWorkFeed feed = new InMemoryWorkFeed();
        for (long id = 1; id <= LuceneCatalogueSearch.COUNTED_EXACTLY + 200; id++) {
            feed.put(book(id, "Laporan Penelitian " + id, "Penulis", 2000, at(id % 3 + 1, id)));
        }
        try (LuceneCatalogueSearch search = LuceneCatalogueSearch.open(folder)) {
            search.update(feed, Progress.NONE);

            assertThat(search.search(CatalogueQuery.words("lap")).total()).isEqualTo(LuceneCatalogueSearch.COUNTED_EXACTLY);
            assertThat(search.search(new CatalogueQuery("laporan", Set.of(1L), null, null, Set.of(),
                    CatalogueSort.RELEVANCE, 50)).total()).isEqualTo(400);
        }
    }

    @Test
    void aClosedIndexRefusesWithItsReason() {
        LuceneCatalogueSearch search = LuceneCatalogueSearch.open(folder);
        search.close();

        assertThatThrownBy(() -> search.search(CatalogueQuery.words("buku")))
                .isInstanceOfSatisfying(CatalogueIndexException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("catalogue.search.failure.closed"));
    }

    @Test
    void aFolderThatCannotBeMadeIsRefusedWithItsReason() throws IOException {
        Path file = Files.writeString(folder.resolve("a-file"), "x");

        assertThatThrownBy(() -> LuceneCatalogueSearch.open(file.resolve("index")))
                .isInstanceOfSatisfying(CatalogueIndexException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("catalogue.search.failure.folder_unusable"));
    }

    private static List<String> titles(LuceneCatalogueSearch search, String text) {
        return search.search(CatalogueQuery.words(text)).works().stream().map(IndexedWork::title).toList();
    }

    private static List<List<Long>> holders(LuceneCatalogueSearch search, String text) {
        return search.search(CatalogueQuery.words(text)).works().stream()
                .map(work -> work.holdings().stream().map(Holding::memberId).toList()).toList();
    }

    /** Records the last progress reported, and presses Cancel once this many works have been checked. */
    static class RecordedProgress implements Progress {
        private final long cancelAfter;
        private long checks;
        private long[] last = new long[0];

        RecordedProgress(long cancelAfter) {
            this.cancelAfter = cancelAfter;
        }

        @Override
        public void update(long done, long total) {
            last = new long[] {done, total};
        }

        @Override
        public boolean isCancelled() {
            return ++checks > cancelAfter;
        }

        long[] last() {
            return last;
        }
    }
}
