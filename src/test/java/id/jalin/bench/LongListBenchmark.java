package id.jalin.bench;

import id.jalin.crossservice.data.JooqCrossServiceRepository;
import id.jalin.crossservice.domain.Card;
import id.jalin.crossservice.domain.CardHolder;
import id.jalin.crossservice.domain.CardHolderService;
import id.jalin.crossservice.domain.CardNumber;
import id.jalin.crossservice.domain.CardService;
import id.jalin.crossservice.domain.HolderSort;
import id.jalin.crossservice.domain.VisitLogEntry;
import id.jalin.crossservice.domain.VisitLogFilter;
import id.jalin.crossservice.domain.VisitLogSort;
import id.jalin.crossservice.domain.VisitService;
import id.jalin.kernel.access.TestPermissions;
import id.jalin.kernel.db.Database;
import id.jalin.kernel.db.DatabaseMode;
import id.jalin.kernel.money.Money;
import id.jalin.kernel.paging.Page;
import id.jalin.kernel.paging.PageRequest;
import id.jalin.kernel.paging.SortDirection;
import id.jalin.kernel.task.Progress;
import id.jalin.member.data.JooqMemberRepository;
import id.jalin.member.domain.Library;
import id.jalin.member.domain.LibraryKind;
import id.jalin.member.domain.Member;
import id.jalin.member.domain.MemberStatus;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.h2.jdbcx.JdbcConnectionPool;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The two lists that grow fastest, on an H2 file as a library's desk PC has it: one home library with 50,000 card
 * holders (each with a card), and 200,000 desk scans at ten hosts over nine months. Each benchmark is what the
 * screen does on opening or on a search: one page read with its count, sorted and filtered in the database.
 * Target: under 300 ms each.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LongListBenchmark {
    private static final int HOLDERS = 50_000;
    private static final int VISITS = 200_000;
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 16);

    private JdbcConnectionPool pool;
    private Database database;
    private CardHolderService holders;
    private CardService cards;
    private VisitService visits;
    private long libraryId;
    private long hostId;

    @Setup(Level.Trial)
    public void fill() throws Exception {
        // one file for all forks: the lists are only read, and filling 300,000 rows takes longer than measuring
        java.nio.file.Path folder = Files.createDirectories(
                java.nio.file.Path.of(System.getProperty("java.io.tmpdir"), "jalin-bench-lists"));
        java.nio.file.Path complete = folder.resolve("complete");
        String schema = migrations();
        if (!Files.exists(complete) || !Files.readString(complete).equals(schema)) {
            // a fill that was stopped half-way, or made before a later migration, is thrown away
            Files.deleteIfExists(folder.resolve("bench.mv.db"));
            Files.deleteIfExists(complete);
        }
        pool = JdbcConnectionPool.create("jdbc:h2:file:" + folder.resolve("bench") + ";DATABASE_TO_LOWER=TRUE",
                "sa", "");
        database = Database.over(DatabaseMode.EMBEDDED_H2, pool);
        List<Member> libraries = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            libraries.add(Member.of(new Library(null, 0, "LIB" + i, "Perpustakaan Universitas " + i, "Yayasan " + i,
                    LibraryKind.UNIVERSITY, "Jl. Contoh " + i, "Bandung", "Jawa Barat", "", "", "",
                    LocalDate.of(2015, 1, 1), MemberStatus.ACTIVE, "", Money.ZERO, null, "")));
        }
        var members = new JooqMemberRepository(database.dsl(), id.jalin.kernel.audit.TestAudit.TRAIL);
        boolean filled = Files.exists(complete);
        List<Library> saved = filled ? members.findAllLibraries().stream()
                .sorted(java.util.Comparator.comparing(Library::code)).toList()
                : members.saveAll(libraries, Progress.NONE).stream().map(Member::library).toList();
        libraryId = saved.get(0).id();
        hostId = saved.get(3).id();
        var dsl = database.dsl();
        if (!filled) {
            fillLists(dsl, saved);
            Files.writeString(complete, schema);
        }
        Clock clock = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        var repository = new JooqCrossServiceRepository(dsl, id.jalin.kernel.audit.TestAudit.TRAIL);
        holders = new CardHolderService(repository, TestPermissions.AS_COORDINATOR);
        cards = new CardService(repository, clock, TestPermissions.AS_COORDINATOR);
        visits = new VisitService(repository, new id.jalin.member.domain.MemberService(members, TestPermissions.AS_COORDINATOR)::statusOf, clock, TestPermissions.AS_COORDINATOR);
        hostsByCode = saved.stream().sorted(java.util.Comparator.comparing(Library::code)).map(Library::id).toList();
    }

    private List<Long> hostsByCode;

    /** The migration scripts the schema is made of, so a file filled under an older schema is not reused. */
    private static String migrations() throws Exception {
        java.nio.file.Path scripts = java.nio.file.Path.of(LongListBenchmark.class.getResource("/db/migration").toURI());
        try (var files = Files.list(scripts)) {
            return files.map(f -> f.getFileName().toString()).sorted().collect(java.util.stream.Collectors.joining("\n"));
        }
    }

    private void fillLists(org.jooq.DSLContext dsl, List<Library> saved) {
        // bulk fixtures in SQL: 300,000 rows saved one at a time would take longer than the measuring.
        // SYSTEM_RANGE's column is "X", quoted because this database lower-cases unquoted names.
        dsl.execute("INSERT INTO card_holder (library_id, holder_number, name, programme, kind, email, phone, version) "
                + "SELECT ?, CAST(2100000 + \"X\" AS VARCHAR), "
                + "CASEWHEN(MOD(\"X\", 7) = 0, 'Dewi ', CASEWHEN(MOD(\"X\", 7) = 1, 'Ahmad ', CASEWHEN(MOD(\"X\", 7) = 2, "
                + "'Siti ', CASEWHEN(MOD(\"X\", 7) = 3, 'Budi ', CASEWHEN(MOD(\"X\", 7) = 4, 'Nur ', CASEWHEN(MOD(\"X\", 7) = 5, "
                + "'Rina ', 'Yusuf ')))))) || CASEWHEN(MOD(\"X\", 11) = 0, 'Lestari', CASEWHEN(MOD(\"X\", 11) = 1, "
                + "'Rahmawati', CASEWHEN(MOD(\"X\", 11) = 2, 'Saputra', CASEWHEN(MOD(\"X\", 11) = 3, 'Kartika', "
                + "'Santoso')))) || ' ' || \"X\", 'S1 Ilmu Perpustakaan', 'STUDENT', '', '', 0 "
                + "FROM SYSTEM_RANGE(1, ?)", libraryId, HOLDERS);
        // card numbers carry a check digit, so they are made here and sent in one batch
        List<Long> holderIds = dsl.fetch("SELECT id FROM card_holder ORDER BY id").getValues(0, Long.class);
        var insert = dsl.batch("INSERT INTO card (card_number, holder_id, number_year, library_sequence, "
                + "running_number, issued_on, valid_until, fee_rupiah, receipt_number, version) "
                + "VALUES (?, ?, 26, ?, ?, DATE '2025-09-01', DATE '2026-08-31', 25000, 'KW', 0)");
        for (int i = 0; i < holderIds.size(); i++) {
            insert.bind(CardNumber.generate(26, libraryId, i + 1).digits(), holderIds.get(i), libraryId, i + 1);
        }
        insert.execute();
        long firstCard = ((Number) dsl.fetchValue("SELECT MIN(id) FROM card")).longValue();
        long firstHost = saved.get(0).id();
        dsl.execute("INSERT INTO visit_arrival (arrived_at, host_library_id, scanned_text, card_id, verdict) "
                + "SELECT DATEADD('MINUTE', \"X\" * 2, TIMESTAMP '2025-06-20 08:00:00'), ? + MOD(\"X\", 10), "
                + "CASEWHEN(MOD(\"X\", 9) = 0, '99' || \"X\", CAST(\"X\" AS VARCHAR)), "
                + "CASEWHEN(MOD(\"X\", 9) = 0, NULL, ? + MOD(\"X\" * 7, ?)), "
                + "CASEWHEN(MOD(\"X\", 9) = 0, 'UNKNOWN_NUMBER', 'VALID_NOT_ANNOUNCED_ALLOWED') FROM SYSTEM_RANGE(1, ?)",
                firstHost, firstCard, HOLDERS, VISITS);
        dsl.execute("ANALYZE");
    }

    @TearDown(Level.Trial)
    public void close() {
        database.close();
        pool.dispose();
    }

    /** What the holder list reads for a page: the holders with their count, then their cards in one query. */
    private int holderPage(PageRequest<HolderSort> request) {
        Page<CardHolder> page = holders.page(libraryId, request);
        Map<Long, List<Card>> theirCards = cards.cardsOf(page.rows().stream().map(CardHolder::id).toList());
        return page.rows().size() + theirCards.size();
    }

    /** Opening the holder screen on a library of 50,000 holders: the first page by name. */
    @Benchmark
    public int holdersOpen() {
        return holderPage(PageRequest.first(HolderSort.NAME));
    }

    /** Typing part of a name: every holder's name is searched, the first page of matches shown. */
    @Benchmark
    public int holdersFilterByName() {
        return holderPage(PageRequest.first(HolderSort.NAME).filteredBy("lestari 12"));
    }

    /** Clicking the number header twice: sorted by number, highest first. */
    @Benchmark
    public int holdersSortByNumberDescending() {
        return holderPage(PageRequest.first(HolderSort.NAME).sortedBy(HolderSort.NUMBER, SortDirection.DESCENDING));
    }

    private static PageRequest<VisitLogSort> newestFirst() {
        return new PageRequest<>(0, PageRequest.DEFAULT_SIZE, VisitLogSort.TIME, SortDirection.DESCENDING, "");
    }

    private int log(VisitLogFilter filter, PageRequest<VisitLogSort> request) {
        Page<VisitLogEntry> page = visits.visitLog(filter, request, hostsByCode);
        return page.rows().size() + (int) page.total();
    }

    /** Opening the reports: the visit log of the default period (two months back to today), every host. */
    @Benchmark
    public int visitsOpen() {
        return log(new VisitLogFilter(TODAY.withDayOfMonth(1).minusMonths(2), TODAY, null), newestFirst());
    }

    /** One host's log over the whole nine months. */
    @Benchmark
    public int visitsFilterByHost() {
        return log(new VisitLogFilter(LocalDate.of(2025, 6, 1), TODAY, hostId), newestFirst());
    }

    /** One month at every host. */
    @Benchmark
    public int visitsFilterByMonth() {
        return log(new VisitLogFilter(LocalDate.of(2025, 11, 1), LocalDate.of(2025, 11, 30), null), newestFirst());
    }

    /** A name typed in the log's search over the whole nine months. */
    @Benchmark
    public int visitsFilterByText() {
        return log(new VisitLogFilter(LocalDate.of(2025, 6, 1), TODAY, null), newestFirst().filteredBy("kartika 77"));
    }
}
