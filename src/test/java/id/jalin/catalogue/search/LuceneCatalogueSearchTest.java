package id.jalin.catalogue.search;

import static id.jalin.catalogue.search.Works.at;
import static id.jalin.catalogue.search.Works.book;
import static id.jalin.catalogue.search.Works.work;
import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.catalogue.domain.CatalogueHits;
import id.jalin.catalogue.domain.CatalogueQuery;
import id.jalin.catalogue.domain.CatalogueSort;
import id.jalin.catalogue.domain.Holding;
import id.jalin.catalogue.domain.IndexedWork;
import id.jalin.catalogue.domain.Isbn;
import id.jalin.catalogue.domain.MaterialKind;
import id.jalin.kernel.task.Progress;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LuceneCatalogueSearchTest {
    private static final String ISBN_13_OF_TEN = Isbn.read("1930110995").orElseThrow().digits();
    private static final String ISBN_13 = Isbn.read("978-0-306-40615-7").orElseThrow().digits();

    private static final IndexedWork PERPUSTAKAAN = new IndexedWork(1, "Pengantar Ilmu Perpustakaan", "Sulistyo-Basuki",
            1991, MaterialKind.BOOK, "Cet. 2", List.of("Pengantar Ilmu Perpustakaan", "Pengantar ilmu perpustakaan / Sulistyo-Basuki"),
            List.of("Sulistyo-Basuki"), List.of("Katalogisasi", "Ilmu perpustakaan"), List.of("Gramedia Pustaka Utama"),
            List.of(ISBN_13_OF_TEN), List.of(),
            List.of(new Holding(10, 1001, "b-17", 3, "020 SUL p"), new Holding(20, 2001, "00042", 1, "020 Sul p c.1")));
    private static final IndexedWork PHYSICS = work(2, "Fundamentals of Physics", "Halliday, David", 2013,
            MaterialKind.BOOK, List.of("Physics"), List.of("Wiley"), List.of(ISBN_13), at(20, 2002));
    private static final IndexedWork THESIS = work(3, "Pendidikan Islam di Aceh", "Rahmawati", 2019,
            MaterialKind.THESIS, List.of("Pendidikan agama"), List.of("UIN Ar-Raniry"), List.of(), at(30, 3001));
    private static final IndexedWork FRENCH = book(4, "Kamus Bahasa Français–Indonesia", "José Rizal", null, at(10, 1002));
    private static final IndexedWork JOURNAL = work(5, "The Art of Cataloguing", "Perpustakaan Nasional", 2005,
            MaterialKind.SERIAL, List.of("Cataloguing"), List.of("Perpusnas"), List.of(), at(30, 3002));

    @TempDir
    Path folder;
    private LuceneCatalogueSearch search;

    @BeforeEach
    void index() {
        search = LuceneCatalogueSearch.open(folder);
        InMemoryWorkFeed feed = new InMemoryWorkFeed();
        List.of(PERPUSTAKAAN, PHYSICS, THESIS, FRENCH, JOURNAL).forEach(feed::put);
        search.update(feed, Progress.NONE);
    }

    @AfterEach
    void close() {
        search.close();
    }

    @Test
    void everyTitleWordMustMatch() {
        assertThat(ids("pengantar ilmu")).containsExactly(1L);
        assertThat(ids("pengantar sejarah")).isEmpty();
    }

    @Test
    void findsByAuthorSubjectAndPublisher() {
        assertThat(ids("halliday")).containsExactly(2L);
        assertThat(ids("sulistyo basuki")).containsExactly(1L);
        assertThat(ids("katalogisasi ")).containsExactly(1L);
        assertThat(ids("gramedia")).containsExactly(1L);
        assertThat(ids("wiley physics")).containsExactly(2L);
    }

    @Test
    void anIsbnTenFindsTheWorkIndexedByItsThirteenAndTheOtherWayRound() {
        assertThat(ids("1930110995")).containsExactly(1L);
        assertThat(ids("1-930110-99-5")).containsExactly(1L);
        assertThat(ids("978-1-930110-99-1")).containsExactly(1L);
        assertThat(ids("ISBN 978 1 930110 99 1")).containsExactly(1L);
        assertThat(ids("0-306-40615-2")).containsExactly(2L);
        assertThat(ids("9780306406157")).containsExactly(2L);
    }

    @Test
    void anIsbnWithAWordNarrowsToTheWorkWithBoth() {
        assertThat(ids("physics 0306406152")).containsExactly(2L);
        assertThat(ids("pengantar 0306406152")).isEmpty();
    }

    @Test
    void theLastWordIsAPrefixAsOneTypes() {
        assertThat(ids("perpus")).containsExactlyInAnyOrder(1L, 5L);
        assertThat(ids("pengantar ilmu perpus")).containsExactly(1L);
        assertThat(ids("p")).contains(1L, 2L, 3L, 5L);
        assertThat(ids("funda")).containsExactly(2L);
        assertThat(ids("fundamentals")).containsExactly(2L);
    }

    @Test
    void aWordFollowedByASpaceIsWhole() {
        assertThat(ids("perpus ")).isEmpty();
        assertThat(ids("pengantar ")).containsExactly(1L);
    }

    @Test
    void onlyTheLastWordIsAPrefix() {
        assertThat(ids("peng ilmu")).isEmpty();
    }

    @Test
    void diacriticsAreFoldedBothWays() {
        assertThat(ids("francais")).containsExactly(4L);
        assertThat(ids("jose rizal")).containsExactly(4L);
        assertThat(ids("pendídikan")).containsExactly(3L);
    }

    @Test
    void theMemberFilterKeepsWorksAnyOfTheMembersHolds() {
        assertThat(ids(query("", Set.of(10L), null, null, Set.of(), CatalogueSort.RELEVANCE))).containsExactly(1L, 4L);
        assertThat(ids(query("pengantar", Set.of(20L), null, null, Set.of(), CatalogueSort.RELEVANCE))).containsExactly(1L);
        assertThat(ids(query("pengantar", Set.of(30L), null, null, Set.of(), CatalogueSort.RELEVANCE))).isEmpty();
        assertThat(ids(query("", Set.of(20L, 30L), null, null, Set.of(), CatalogueSort.OLDEST)))
                .containsExactly(1L, 5L, 2L, 3L);
    }

    @Test
    void theYearRangeMayBeOpenAtEitherEnd() {
        assertThat(ids(query("", Set.of(), 2000, 2015, Set.of(), CatalogueSort.OLDEST))).containsExactly(5L, 2L);
        assertThat(ids(query("", Set.of(), 2013, null, Set.of(), CatalogueSort.OLDEST))).containsExactly(2L, 3L);
        assertThat(ids(query("", Set.of(), null, 2005, Set.of(), CatalogueSort.OLDEST))).containsExactly(1L, 5L);
    }

    @Test
    void theKindFilterKeepsTheKindsChosen() {
        assertThat(ids(query("", Set.of(), null, null, Set.of(MaterialKind.THESIS), CatalogueSort.TITLE))).containsExactly(3L);
        assertThat(ids(query("", Set.of(), null, null, Set.of(MaterialKind.THESIS, MaterialKind.SERIAL),
                CatalogueSort.TITLE))).containsExactly(5L, 3L);
    }

    @Test
    void newestAndOldestPutWorksWithoutAYearLast() {
        assertThat(ids(query("", Set.of(), null, null, Set.of(), CatalogueSort.NEWEST))).containsExactly(3L, 2L, 5L, 1L, 4L);
        assertThat(ids(query("", Set.of(), null, null, Set.of(), CatalogueSort.OLDEST))).containsExactly(1L, 5L, 2L, 3L, 4L);
    }

    @Test
    void theTitleOrderSkipsALeadingArticleAndCase() {
        // Art (The Art of ...), Fundamentals, Kamus, Pendidikan, Pengantar
        assertThat(ids(query("", Set.of(), null, null, Set.of(), CatalogueSort.TITLE))).containsExactly(5L, 2L, 4L, 3L, 1L);
    }

    @Test
    void relevancePutsATitleMatchBeforeAnAuthorOrSubjectMatch() {
        // "perpustakaan" is a title word of work 1 and only the author and publisher of work 5
        assertThat(ids("perpustakaan")).containsExactly(1L, 5L);
        assertThat(ids("cataloguing")).containsExactly(5L);
    }

    @Test
    void aHitIsTheWholeWorkWithEveryHoldingItsCopiesAndCallNumbers() {
        CatalogueHits hits = search.search(CatalogueQuery.words("pengantar"));

        assertThat(hits.total()).isEqualTo(1);
        IndexedWork hit = hits.works().get(0);
        assertThat(hit).isEqualTo(PERPUSTAKAAN);
        assertThat(hit.holdings()).containsExactly(new Holding(10, 1001, "b-17", 3, "020 SUL p"),
                new Holding(20, 2001, "00042", 1, "020 Sul p c.1"));
        assertThat(hit.copies()).isEqualTo(4);
        assertThat(search.search(CatalogueQuery.words("kamus")).works()).containsExactly(FRENCH);
    }

    @Test
    void theTotalCountsEveryMatchWhileTheListStopsAtTheLimit() {
        CatalogueHits hits = search.search(new CatalogueQuery("", Set.of(), null, null, Set.of(), CatalogueSort.TITLE, 2));

        assertThat(hits.total()).isEqualTo(5);
        assertThat(hits.works()).extracting(IndexedWork::workId).containsExactly(5L, 2L);
    }

    @Test
    void punctuationAloneFindsEverything() {
        assertThat(search.search(CatalogueQuery.words(" - ")).total()).isEqualTo(5);
    }

    @Test
    void aNewFolderFindsNothingUntilItsFirstUpdate(@TempDir Path empty) {
        try (LuceneCatalogueSearch fresh = LuceneCatalogueSearch.open(empty.resolve("catalogue-index").resolve("db1"))) {
            assertThat(fresh.search(CatalogueQuery.words("pengantar")).works()).isEmpty();
            assertThat(fresh.generations()).isEmpty();
        }
    }

    private List<Long> ids(String text) {
        return ids(CatalogueQuery.words(text));
    }

    private List<Long> ids(CatalogueQuery query) {
        return search.search(query).works().stream().map(IndexedWork::workId).toList();
    }

    private static CatalogueQuery query(String text, Set<Long> members, Integer from, Integer to, Set<MaterialKind> kinds,
                                        CatalogueSort sort) {
        return new CatalogueQuery(text, members, from, to, kinds, sort, 50);
    }
}
