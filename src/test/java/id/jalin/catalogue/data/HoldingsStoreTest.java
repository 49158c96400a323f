package id.jalin.catalogue.data;

import static id.jalin.catalogue.domain.TestRecords.book;
import static id.jalin.catalogue.domain.TestRecords.record;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import id.jalin.catalogue.domain.CatalogueRecord;
import id.jalin.catalogue.domain.HeldMatch;
import id.jalin.catalogue.domain.HoldingsFeed;
import id.jalin.catalogue.domain.HoldingsSource;
import id.jalin.catalogue.domain.IndexedWork;
import id.jalin.catalogue.domain.LoadInfo;
import id.jalin.catalogue.domain.LoadOutcome;
import id.jalin.catalogue.domain.MatchRule;
import id.jalin.catalogue.domain.StoredRecord;
import id.jalin.catalogue.domain.TitleProbe;
import id.jalin.kernel.access.TestActors;
import id.jalin.kernel.audit.TestAudit;
import id.jalin.kernel.db.Database;
import id.jalin.kernel.db.TestDatabases;
import id.jalin.kernel.db.TestDatabases.Kind;
import id.jalin.kernel.importing.RejectedRow;
import id.jalin.kernel.task.CancelledException;
import id.jalin.kernel.task.Progress;
import id.jalin.kernel.validation.FieldError;
import id.jalin.member.data.JooqMemberRepository;
import id.jalin.member.domain.Libraries;
import id.jalin.member.domain.Member;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The union catalogue's storage on H2 and on PostgreSQL: members' loads clustered into works, a load replacing only
 * its member's records and only as a whole, the hand-made decisions outliving the next load, and the feed the search
 * index reads.
 */
@ParameterizedClass
@EnumSource(Kind.class)
class HoldingsStoreTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T03:00:00Z"), ZoneId.of("Asia/Jakarta"));

    @Parameter
    Kind kind;

    private Database database;
    private JooqHoldingsStore store;
    private long itb;
    private long unpad;

    @BeforeEach
    void open() {
        database = TestDatabases.fresh(kind);
        var members = new JooqMemberRepository(database.dsl(), TestAudit.TRAIL);
        itb = members.save(new Member(Libraries.library("ITB", "Perpustakaan ITB"), List.of())).library().id();
        unpad = members.save(new Member(Libraries.library("UNPAD", "Perpustakaan Unpad"), List.of())).library().id();
        store = new JooqHoldingsStore(database.dsl(), TestAudit.TRAIL,
                ids -> ids.stream().collect(Collectors.toMap(id -> id, id -> id == itb ? "ITB" : "UNPAD")),
                TestActors.AS_COORDINATOR, CLOCK);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private LoadOutcome load(long member, CatalogueRecord... records) {
        return store.replace(member, new LoadInfo(HoldingsSource.MARC21, "koleksi.mrc"), sink -> {
            for (CatalogueRecord record : records) {
                sink.accept(record);
            }
        }, Progress.NONE);
    }

    private List<IndexedWork> works() {
        List<IndexedWork> works = new ArrayList<>();
        store.feed().allWorks(works::add, Progress.NONE);
        return works;
    }

    private IndexedWork workTitled(String title) {
        return works().stream().filter(work -> work.title().startsWith(title)).findFirst().orElseThrow();
    }

    @Test
    void twoMembersRecordsOfOneBookMeetInOneWork() {
        load(itb, book("1", "Pengantar ilmu perpustakaan", "Sulistyo-Basuki", 1991, "9789794030820"),
                book("2", "Manajemen perpustakaan perguruan tinggi", "Qalyubi, Syihabuddin", 2007, ""));
        LoadOutcome second = load(unpad,
                book("u-7", "Pengantar Ilmu Perpustakaan", "Sulistyo-Basuki", 1991, "979-403-082-1"),
                book("u-8", "Manajemen Perpustakaan Perguruan Tinggi.", "Qalyubi, Syihabuddin", 2007, ""),
                book("u-9", "Katalogisasi subjek", "Hidayat, Asep", 2015, ""));

        assertThat(second.byRule()).containsEntry(MatchRule.ISBN, 1).containsEntry(MatchRule.TITLE_KEY, 1)
                .containsEntry(MatchRule.OWN, 1);
        assertThat(works()).hasSize(3);
        IndexedWork shared = workTitled("Pengantar ilmu perpustakaan");
        assertThat(shared.holdings()).extracting(holding -> holding.memberId()).containsExactlyInAnyOrder(itb, unpad);
        assertThat(shared.isbns()).containsExactly("9789794030820");
        assertThat(store.load(unpad).orElseThrow().records()).isEqualTo(3);
    }

    @Test
    void aWorkFirstCataloguedInCapitalsIsShownAsAnotherMemberWroteItPlainly() {
        load(itb, book("1", "PENGANTAR ILMU PERPUSTAKAAN", "Sulistyo-Basuki", 1991, "9789794030820"));
        load(unpad, book("u-7", "Pengantar ilmu perpustakaan", "Sulistyo-Basuki", 1991, "979-403-082-1"));

        // in the whole feed and in the feed of the members that changed
        assertThat(works()).extracting(IndexedWork::title).containsExactly("Pengantar ilmu perpustakaan");
        List<IndexedWork> changed = new ArrayList<>();
        store.feed().worksOfMembers(List.of(unpad), changed::add, Progress.NONE);
        assertThat(changed).extracting(IndexedWork::title).containsExactly("Pengantar ilmu perpustakaan");
    }

    @Test
    void aReloadReplacesOnlyThatMembersRecordsAndKeepsSharedWorks() {
        load(itb, book("1", "Pengantar ilmu perpustakaan", "Sulistyo-Basuki", 1991, "9789794030820"),
                book("2", "Temu kembali informasi", "Pendit, Putu Laxman", 2008, ""));
        load(unpad, book("u-7", "Pengantar ilmu perpustakaan", "Sulistyo-Basuki", 1991, "9794030821"));
        long generation = store.load(itb).orElseThrow().generation();

        load(itb, book("3", "Kajian budaya informasi", "Pendit, Putu Laxman", 2012, ""));

        assertThat(works()).extracting(IndexedWork::title)
                .containsExactlyInAnyOrder("Pengantar ilmu perpustakaan", "Kajian budaya informasi");
        assertThat(workTitled("Pengantar").holdings()).extracting(holding -> holding.memberId()).containsExactly(unpad);
        assertThat(store.load(itb).orElseThrow().generation()).isEqualTo(generation + 1);
    }

    @Test
    void recordsNewInALaterLoadAreArrivalsAndKeepTheirDateAfterwards() {
        load(itb, book("1", "Pengantar ilmu perpustakaan", "Sulistyo-Basuki", 1991, ""));
        load(itb, book("1", "Pengantar ilmu perpustakaan", "Sulistyo-Basuki", 1991, ""),
                book("2", "Temu kembali informasi", "Pendit, Putu Laxman", 2008, ""));
        load(itb, book("1", "Pengantar ilmu perpustakaan", "Sulistyo-Basuki", 1991, ""),
                book("2", "Temu kembali informasi", "Pendit, Putu Laxman", 2008, ""));

        List<StoredRecord> arrivals = store.arrivals(itb, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 1));
        assertThat(arrivals).extracting(stored -> stored.record().sourceId()).containsExactly("2");
        assertThat(store.arrivals(itb, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30))).isEmpty();
    }

    @Test
    void aFailedOrCancelledLoadLeavesThePreviousHoldings() {
        load(itb, book("1", "Pengantar ilmu perpustakaan", "Sulistyo-Basuki", 1991, ""));
        HoldingsFeed<IOException> broken = sink -> {
            for (int i = 0; i < 2500; i++) {
                sink.accept(book("n" + i, "Judul " + i, "Penulis", 2000, ""));
            }
            throw new IOException("disk gone");
        };
        assertThatThrownBy(() -> store.replace(itb, new LoadInfo(HoldingsSource.MARC21, "x.mrc"), broken,
                Progress.NONE)).isInstanceOf(IOException.class).hasMessage("disk gone");

        Progress cancelled = id.jalin.kernel.task.TestProgress.CANCELLED;
        assertThatThrownBy(() -> store.replace(itb, new LoadInfo(HoldingsSource.MARC21, "x.mrc"), sink -> {
            for (int i = 0; i < 1500; i++) {
                sink.accept(book("n" + i, "Judul " + i, "Penulis", 2000, ""));
            }
        }, cancelled)).isInstanceOf(CancelledException.class);

        assertThat(works()).extracting(IndexedWork::title).containsExactly("Pengantar ilmu perpustakaan");
        assertThat(store.load(itb).orElseThrow().records()).isEqualTo(1);
    }

    @Test
    void theSameRecordIdTwiceIsSetAsideAndTheReaderSetAsidesAreReported() {
        LoadOutcome outcome = store.replace(itb, new LoadInfo(HoldingsSource.SLIMS_CSV, "export.csv"), sink -> {
            sink.accept(book("1", "Pengantar ilmu perpustakaan", "Sulistyo-Basuki", 1991, ""));
            sink.setAside(new RejectedRow(2, List.of(FieldError.of("record", "catalogue.read.no_title")),
                    List.of("", "")));
            sink.accept(book("1", "Temu kembali informasi", "Pendit, Putu Laxman", 2008, ""));
        }, Progress.NONE);

        assertThat(outcome.stored()).isEqualTo(1);
        assertThat(outcome.rejected()).extracting(RejectedRow::rowNumber).containsExactly(2, 3);
        assertThat(outcome.rejected().get(1).reasons().get(0).messageKey()).isEqualTo("catalogue.load.same_id_twice");
        assertThat(store.load(itb).orElseThrow().setAside()).isEqualTo(2);
    }

    @Test
    void aSplitAndAJoinOutliveTheNextLoad() {
        load(itb, book("1", "Pengantar ilmu perpustakaan", "Sulistyo-Basuki", 1991, "9789794030820"),
                book("2", "Dasar-dasar katalogisasi", "Hidayat, Asep", 2010, ""));
        load(unpad, book("u-7", "Pengantar ilmu perpustakaan", "Sulistyo-Basuki", 1991, "9789794030820"),
                book("u-8", "Katalogisasi dasar", "Hidayat, Asep", 2010, ""));
        long wrongMerge = recordOf(unpad, "u-7");
        long missedMerge = recordOf(unpad, "u-8");
        long target = recordOf(itb, "2");

        store.split(wrongMerge, "Buku lain dengan ISBN yang salah");
        store.join(missedMerge, target, "Judul ditulis lain");
        assertThat(works()).hasSize(3);

        load(unpad, book("u-7", "Pengantar ilmu perpustakaan", "Sulistyo-Basuki", 1991, "9789794030820"),
                book("u-8", "Katalogisasi dasar", "Hidayat, Asep", 2010, ""));

        Map<String, MatchRule> rules = new java.util.HashMap<>();
        store.clusters(row -> rules.put(row.memberCode() + "/" + row.sourceId(), row.rule()), Progress.NONE);
        assertThat(rules).containsEntry("UNPAD/u-7", MatchRule.SPLIT).containsEntry("UNPAD/u-8", MatchRule.JOINED);
        assertThat(works()).hasSize(3);
        assertThat(workTitled("Dasar-dasar").holdings()).extracting(holding -> holding.memberId())
                .containsExactlyInAnyOrder(itb, unpad);
    }

    @Test
    void aLoadMeetsTheOtherMembersRecordsAsTheyNowStandWhicheverDeskChangedThem() {
        JooqHoldingsStore otherDesk = new JooqHoldingsStore(database.dsl(), TestAudit.TRAIL,
                ids -> ids.stream().collect(Collectors.toMap(id -> id, id -> "M" + id)), TestActors.AS_COORDINATOR,
                CLOCK);
        CatalogueRecord pengantar = book("1", "Pengantar ilmu perpustakaan", "Sulistyo-Basuki", 1991,
                "9789794030820");
        load(itb, pengantar);
        assertThat(load(unpad, book("u-1", "Pengantar ilmu perpustakaan", "Sulistyo-Basuki", 1991, "979-403-082-1"))
                .byRule()).containsEntry(MatchRule.ISBN, 1);
        // a cancelled load's records were never stored, so no later load meets them
        assertThatThrownBy(() -> store.replace(unpad, new LoadInfo(HoldingsSource.MARC21, "x.mrc"),
                sink -> sink.accept(book("u-2", "Katalogisasi subjek", "Hidayat, Asep", 2015, "")), new Progress() {
                    @Override
                    public void update(long done, long total) {
                    }

                    @Override
                    public boolean isCancelled() {
                        return true;
                    }
                })).isInstanceOf(CancelledException.class);
        assertThat(load(itb, pengantar, book("3", "Katalogisasi Subjek", "Hidayat, Asep", 2015, "")).byRule())
                .containsEntry(MatchRule.OWN, 1).containsEntry(MatchRule.ISBN, 1);

        // a split made at another desk: the record split off is found by no later load here either
        otherDesk.split(recordOf(unpad, "u-1"), "Buku lain");
        assertThat(load(itb, pengantar, book("3", "Katalogisasi Subjek", "Hidayat, Asep", 2015, "")).byRule())
                .containsExactlyEntriesOf(Map.of(MatchRule.OWN, 2));

        // a load made at another desk: its records are met here
        otherDesk.replace(unpad, new LoadInfo(HoldingsSource.MARC21, "y.mrc"),
                sink -> sink.accept(book("u-9", "Katalogisasi subjek", "Hidayat, Asep", 2015, "")), Progress.NONE);
        assertThat(load(itb, pengantar, book("3", "Katalogisasi Subjek", "Hidayat, Asep", 2015, "")).byRule())
                .containsExactlyInAnyOrderEntriesOf(Map.of(MatchRule.OWN, 1, MatchRule.TITLE_KEY, 1));
        assertThat(workTitled("Katalogisasi").holdings()).extracting(holding -> holding.memberId())
                .containsExactlyInAnyOrder(itb, unpad);
    }

    @Test
    void theWholeFeedReadInSpilledPartsHandsOverTheSameWorksInWorkOrderAsTheFeedByWork() {
        load(itb, book("1", "Pengantar ilmu perpustakaan", "Sulistyo-Basuki", 1991, "9789794030820"),
                book("2", "Dasar-dasar katalogisasi", "Hidayat, Asep", 2010, ""),
                book("3", "Temu kembali informasi", "Pendit, Putu Laxman", 2008, ""));
        load(unpad, book("u-1", "Temu kembali informasi", "Pendit, Putu Laxman", 2008, ""),
                book("u-2", "Katalogisasi subjek", "Hidayat, Asep", 2015, ""),
                book("u-3", "Pengantar ilmu perpustakaan", "Sulistyo-Basuki", 1991, "979-403-082-1"));
        List<IndexedWork> byWork = new ArrayList<>();
        List<Long> ids = works().stream().map(IndexedWork::workId).toList();
        store.feed().works(ids, byWork::add, Progress.NONE);

        List<IndexedWork> spilled = new ArrayList<>();
        new JooqWorkFeed(database.dsl(), 2).allWorks(spilled::add, Progress.NONE);

        assertThat(spilled).hasSize(4).isEqualTo(byWork);
        assertThat(spilled).extracting(IndexedWork::workId).isSorted();
        assertThat(spilled.stream().mapToInt(work -> work.holdings().size()).sum()).isEqualTo(6);
    }

    @Test
    void theFeedHandsOverOnlyTheWorksOfTheMembersAsked() {
        load(itb, book("1", "Pengantar ilmu perpustakaan", "Sulistyo-Basuki", 1991, "9789794030820"),
                book("2", "Temu kembali informasi", "Pendit, Putu Laxman", 2008, ""));
        load(unpad, record("u-7", "Pengantar ilmu perpustakaan", "", "Sulistyo-Basuki", 1991, "9789794030820", "",
                4));

        List<IndexedWork> ofUnpad = new ArrayList<>();
        store.feed().worksOfMembers(Set.of(unpad), ofUnpad::add, Progress.NONE);
        assertThat(ofUnpad).singleElement().satisfies(work -> {
            assertThat(work.copies()).isEqualTo(5);
            assertThat(work.holdings()).hasSize(2);
        });
        assertThat(store.feed().generations()).containsOnlyKeys(itb, unpad);
        assertThat(store.feed().workCount()).isEqualTo(2);
    }

    @Test
    void copiesAJointPurchasePlacesJoinTheirWorkAtOnceAndAreNewArrivalsTheNextCheckSees() {
        load(itb, book("1", "Pengantar ilmu perpustakaan", "Sulistyo-Basuki", 1991, "9789794030820"));
        long generation = store.load(itb).orElseThrow().generation();

        long work = store.add(unpad, record("acq:7", "Pengantar ilmu perpustakaan", "", "Sulistyo-Basuki", 1991,
                "979-403-082-1", "", 2), "PGD-1");
        long again = store.add(unpad, record("acq:7", "Pengantar ilmu perpustakaan", "", "Sulistyo-Basuki", 1991,
                "979-403-082-1", "", 1), "PGD-1");
        store.add(itb, book("acq:8", "Kajian budaya informasi", "Pendit, Putu Laxman", 2012, ""), "PGD-1");

        IndexedWork shared = workTitled("Pengantar ilmu perpustakaan");
        assertThat(work).isEqualTo(again).isEqualTo(shared.workId());
        assertThat(shared.holdings()).extracting(holding -> holding.memberId(), holding -> holding.copies())
                .containsExactlyInAnyOrder(tuple(itb, 1), tuple(unpad, 3));
        assertThat(store.load(unpad).orElseThrow()).satisfies(load -> {
            assertThat(load.source()).isEqualTo(HoldingsSource.PLACED);
            assertThat(load.records()).isEqualTo(1);
        });
        assertThat(store.load(itb).orElseThrow().records()).isEqualTo(2);
        assertThat(store.load(itb).orElseThrow().generation()).isEqualTo(generation + 1);
        assertThat(store.arrivals(itb, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 1)))
                .extracting(stored -> stored.record().sourceId()).containsExactly("acq:8");
        assertThat(store.held(List.of(new TitleProbe("", "Kajian Budaya Informasi", "Pendit, Putu Laxman", 2012, "")
                .keys()))).extracting(HeldMatch::memberId).containsExactly(itb);
    }

    @Test
    void aHarvestOfChangesReplacesAndDeletesOnlyWhatItNamesAndWorksNobodyHoldsGo() {
        load(itb, book("1", "Pengantar ilmu perpustakaan", "Sulistyo-Basuki", 1991, "9789794030820"),
                book("2", "Temu kembali informasi", "Pendit, Putu Laxman", 2008, ""),
                book("3", "Kajian budaya informasi", "Pendit, Putu Laxman", 2012, ""));
        load(unpad, book("u-1", "Pengantar ilmu perpustakaan", "Sulistyo-Basuki", 1991, "9794030821"));

        LoadOutcome changes = store.merge(itb, new LoadInfo(HoldingsSource.OAI_PMH, "https://opac.itb/oai"), sink -> {
            sink.accept(record("2", "Temu kembali informasi", "", "Pendit, Putu Laxman", 2008, "", "", 3));
            sink.deleted("1");
            sink.deleted("3");
            sink.accept(book("4", "Literasi informasi", "Hasugian, Jonner", 2024, ""));
        }, Progress.NONE);

        assertThat(changes.stored()).isEqualTo(2);
        assertThat(changes.load().records()).isEqualTo(2);
        assertThat(works()).extracting(IndexedWork::title).containsExactlyInAnyOrder("Pengantar ilmu perpustakaan",
                "Temu kembali informasi", "Literasi informasi");
        assertThat(workTitled("Pengantar").holdings()).extracting(holding -> holding.memberId())
                .containsExactly(unpad);
        assertThat(workTitled("Temu kembali").holdings()).singleElement()
                .satisfies(holding -> assertThat(holding.copies()).isEqualTo(3));
        assertThat(store.arrivals(itb, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 1)))
                .extracting(stored -> stored.record().sourceId()).containsExactly("4");
    }

    @Test
    void surplusCopiesHandedOverLeaveTheGiverAndJoinTheReceiverOnce() {
        load(itb, record("1", "Pengantar ilmu perpustakaan", "", "Sulistyo-Basuki", 1991, "9789794030820", "", 2));
        CatalogueRecord first = withCodes(book("jalin-redist:5", "Pengantar ilmu perpustakaan", "Sulistyo-Basuki", 1991,
                "9789794030820"), "REDIST5-1");
        var title = new TitleProbe("979-403-082-1", "Pengantar ilmu perpustakaan", "Sulistyo-Basuki", 1991, "").keys();

        assertThat(store.move(itb, title, unpad, first, "Serah terima 5")).isTrue();
        assertThat(store.move(itb, title, unpad, first, "Serah terima 5")).as("the same hand-over again").isFalse();

        IndexedWork work = workTitled("Pengantar ilmu perpustakaan");
        assertThat(work.holdings()).extracting(holding -> holding.memberId(), holding -> holding.copies())
                .containsExactlyInAnyOrder(tuple(itb, 1), tuple(unpad, 1));

        store.move(itb, title, unpad, withCodes(book("jalin-redist:6", "Pengantar ilmu perpustakaan",
                "Sulistyo-Basuki", 1991, "9789794030820"), "REDIST6-1"), "Serah terima 6");

        assertThat(workTitled("Pengantar ilmu perpustakaan").holdings()).extracting(holding -> holding.memberId())
                .containsOnly(unpad);
        assertThat(store.load(itb).orElseThrow().records()).isZero();
    }

    private static CatalogueRecord withCodes(CatalogueRecord r, String... codes) {
        return new CatalogueRecord(r.sourceId(), r.title(), r.subtitle(), r.responsibility(), r.authors(), r.edition(),
                r.publisher(), r.place(), r.year(), r.isbns(), r.issns(), r.subjects(), r.language(), r.callNumber(),
                r.classification(), r.series(), r.extent(), r.notes(), r.kind(), List.of(codes), codes.length,
                r.flags(), r.original());
    }

    @Test
    void removingAMemberTakesOnlyItsRecords() {
        load(itb, book("1", "Pengantar ilmu perpustakaan", "Sulistyo-Basuki", 1991, "9789794030820"));
        load(unpad, book("u-7", "Pengantar ilmu perpustakaan", "Sulistyo-Basuki", 1991, "9789794030820"),
                book("u-9", "Katalogisasi subjek", "Hidayat, Asep", 2015, ""));

        store.remove(unpad);

        assertThat(works()).extracting(IndexedWork::title).containsExactly("Pengantar ilmu perpustakaan");
        assertThat(store.load(unpad).orElseThrow().records()).isZero();
    }

    private long recordOf(long member, String sourceId) {
        return works().stream().flatMap(work -> work.holdings().stream())
                .filter(holding -> holding.memberId() == member && holding.sourceId().equals(sourceId))
                .findFirst().orElseThrow().recordId();
    }

    @Test
    void titlesMeantToBeBoughtAreFoundAmongTheHoldingsByIsbnInAnyFormAndByTitleKeyButNotAnotherEdition() {
        load(itb, book("itb-1", "The amazing adventures of Kavalier and Clay", "Chabon, Michael", 2000,
                        "9781930110991"),
                book("itb-2", "Kamus istilah perpustakaan", "Hidayat, Asep", 2005, ""),
                record("itb-3", "Manajemen perpustakaan", "", "Sutarno", 2010, "", "Ed. 2", 3));

        List<id.jalin.catalogue.domain.HeldMatch> held = new id.jalin.catalogue.domain.UnionCatalogueService(store,
                new id.jalin.kernel.access.Permissions(TestActors.AS_COORDINATOR)).held(List.of(
                new id.jalin.catalogue.domain.TitleProbe("1930110995", "", "", null, ""),
                new id.jalin.catalogue.domain.TitleProbe("978-1-930110-99-1", "Kavalier & Clay", "", null, ""),
                new id.jalin.catalogue.domain.TitleProbe("", "KAMUS ISTILAH PERPUSTAKAAN!", "Asep Hidayat", 2005, ""),
                new id.jalin.catalogue.domain.TitleProbe("", "Manajemen Perpustakaan", "Sutarno", 2010, "Edisi ketiga"),
                new id.jalin.catalogue.domain.TitleProbe("", "Manajemen perpustakaan.", "Sutarno", 2010, "Ed. 2"),
                new id.jalin.catalogue.domain.TitleProbe("9781930110992", "Lain sama sekali", "", 2000, "")));

        assertThat(held).extracting(match -> match.probe() + " " + match.sourceId() + " " + match.rule())
                .containsExactlyInAnyOrder("0 itb-1 ISBN", "1 itb-1 ISBN", "2 itb-2 TITLE_KEY", "4 itb-3 TITLE_KEY");
        assertThat(held).filteredOn(match -> match.probe() == 0).singleElement().satisfies(match -> {
            assertThat(match.key()).isEqualTo("9781930110991");
            assertThat(match.memberId()).isEqualTo(itb);
        });
        assertThat(held).filteredOn(match -> match.probe() == 4).singleElement()
                .satisfies(match -> assertThat(match.copies()).isEqualTo(3));
    }
}
