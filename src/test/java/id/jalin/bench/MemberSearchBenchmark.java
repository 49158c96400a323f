package id.jalin.bench;

import id.jalin.kernel.db.Database;
import id.jalin.kernel.db.DatabaseMode;
import id.jalin.kernel.money.Money;
import id.jalin.kernel.task.Progress;
import id.jalin.member.data.JooqMemberRepository;
import id.jalin.member.domain.Library;
import id.jalin.member.domain.LibraryKind;
import id.jalin.member.domain.Member;
import id.jalin.member.domain.MemberFilter;
import id.jalin.member.domain.MemberStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.h2.jdbcx.JdbcConnectionPool;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Member search over a register of 10,000 libraries on an H2 file, as the register screen does it:
 * reading the register from the database, and narrowing the loaded rows as the user types.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class MemberSearchBenchmark {
    private static final String[] CITIES = {"Bandung", "Bogor", "Bekasi", "Depok", "Cirebon", "Tasikmalaya",
        "Sukabumi", "Garut", "Karawang", "Cimahi", "Sumedang", "Kuningan"};

    @Param({"10000"})
    int members;

    private JdbcConnectionPool pool;
    private Database database;
    private JooqMemberRepository repository;
    private List<Library> loaded;

    @Setup(Level.Trial)
    public void fill() throws Exception {
        java.nio.file.Path folder = java.nio.file.Files.createTempDirectory("jalin-bench");
        pool = JdbcConnectionPool.create("jdbc:h2:file:" + folder.resolve("bench") + ";DATABASE_TO_LOWER=TRUE", "sa", "");
        database = Database.over(DatabaseMode.EMBEDDED_H2, pool);
        repository = new JooqMemberRepository(database.dsl(), id.jalin.kernel.audit.TestAudit.TRAIL);
        List<Member> batch = new ArrayList<>(members);
        for (int i = 0; i < members; i++) {
            String city = CITIES[i % CITIES.length];
            batch.add(Member.of(new Library(null, 0, "LIB" + i, "Perpustakaan Kampus " + i + " " + city,
                    "Yayasan Pendidikan " + i, LibraryKind.values()[i % LibraryKind.values().length],
                    "Jl. Contoh " + i, city, "Jawa Barat", "(022) 2500" + (1000 + i % 9000), "perpus" + i + "@kampus.ac.id",
                    "", LocalDate.of(2010 + i % 15, 1 + i % 12, 1), MemberStatus.values()[i % 3], "B",
                    Money.of(1_000_000), 5000 + i, "")));
        }
        repository.saveAll(batch, Progress.NONE);
        loaded = repository.findAllLibraries();
    }

    @TearDown(Level.Trial)
    public void close() {
        database.close();
        pool.dispose();
    }

    /** Opening the register: every library read from the H2 file. */
    @Benchmark
    public List<Library> loadRegister() {
        return repository.findAllLibraries();
    }

    /** One keystroke in the search field: the loaded rows narrowed by text and status. */
    @Benchmark
    public long filterByTextAndStatus() {
        MemberFilter filter = new MemberFilter("bogor", MemberStatus.ACTIVE);
        return loaded.stream().filter(filter).count();
    }

    /** A search that matches almost nothing, so every row is looked at in full. */
    @Benchmark
    public long filterRareText() {
        MemberFilter filter = new MemberFilter("kampus 9999 ", null);
        return loaded.stream().filter(filter).count();
    }
}
