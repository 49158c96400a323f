package id.jalin.crossservice.data;

import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.crossservice.domain.CardHolder;
import id.jalin.crossservice.domain.Holders;
import id.jalin.crossservice.domain.TestClock;
import id.jalin.crossservice.domain.VisitAnnouncement;
import id.jalin.crossservice.domain.VisitService;
import id.jalin.kernel.access.TestPermissions;
import id.jalin.kernel.db.Database;
import id.jalin.kernel.db.TestDatabases;
import id.jalin.kernel.db.TestDatabases.Kind;
import id.jalin.member.data.JooqMemberRepository;
import id.jalin.member.domain.Libraries;
import id.jalin.member.domain.Member;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Introduction letter numbers, stored with the announcement, once on H2 and once on PostgreSQL. */
@ParameterizedClass
@EnumSource(Kind.class)
class IntroductionLetterNumberStorageTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 16);

    @Parameter
    Kind kind;

    private Database database;
    private JooqCrossServiceRepository repository;
    private VisitService visits;
    private long holderId;
    private long hostId;
    private id.jalin.crossservice.domain.HomeLibraryStatus statuses;

    @BeforeEach
    void open() {
        database = TestDatabases.fresh(kind);
        repository = new JooqCrossServiceRepository(database.dsl(), id.jalin.kernel.audit.TestAudit.TRAIL);
        var members = new JooqMemberRepository(database.dsl(), id.jalin.kernel.audit.TestAudit.TRAIL);
        long home = members.save(Member.of(Libraries.library("UNPAD", "Perpustakaan Universitas Padjadjaran")))
                .library().id();
        hostId = members.save(Member.of(Libraries.library("ITB", "Perpustakaan Pusat ITB"))).library().id();
        statuses = new id.jalin.member.domain.MemberService(members, TestPermissions.AS_COORDINATOR)::statusOf;
        CardHolder holder = repository.saveHolder(Holders.student(home, "180110220001", "Siti Nurhaliza"));
        holderId = holder.id();
        visits = new VisitService(repository, statuses, TestClock.on(TODAY), TestPermissions.AS_COORDINATOR);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private VisitAnnouncement announcement(int day) {
        return repository.saveAnnouncement(VisitAnnouncement.of(holderId, hostId, TODAY.plusDays(day),
                TODAY.plusDays(day), "Membaca").createdAt(LocalDateTime.of(2026, 3, 16, 9, 0)));
    }

    @Test
    void lettersAreNumberedInTurnAndAReprintRepeatsTheNumber() {
        VisitAnnouncement first = announcement(1);
        VisitAnnouncement second = announcement(2);

        String firstNumber = visits.introductionLetterNumber(first, "FPPTI-JABAR");
        String secondNumber = visits.introductionLetterNumber(second, "FPPTI-JABAR");
        String reprint = visits.introductionLetterNumber(first, "FPPTI-JABAR");

        assertThat(firstNumber).isEqualTo("001/SP-KSL/FPPTI-JABAR/III/2026");
        assertThat(secondNumber).isEqualTo("002/SP-KSL/FPPTI-JABAR/III/2026");
        assertThat(reprint).isEqualTo(firstNumber);
    }

    @Test
    void theCountStartsAgainEachYear() {
        visits.introductionLetterNumber(announcement(1), "FPPTI-JABAR");
        VisitService nextYear = new VisitService(repository, statuses, TestClock.on(LocalDate.of(2027, 1, 4)), TestPermissions.AS_COORDINATOR);

        assertThat(nextYear.introductionLetterNumber(announcement(2), "FPPTI-JABAR"))
                .isEqualTo("001/SP-KSL/FPPTI-JABAR/I/2027");
    }

    @Test
    void twoDesksPrintingAtOnceNeverShareANumber() throws Exception {
        List<VisitAnnouncement> announcements = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            announcements.add(announcement(i));
        }
        // the first letter of the year opens the counter: every desk races for that too
        List<String> numbers = atOnce(announcements.stream()
                .<Callable<String>>map(a -> () -> visits.introductionLetterNumber(a, "FPPTI-JABAR")).toList());

        assertThat(numbers).doesNotHaveDuplicates().hasSize(6);
        assertThat(numbers.stream().map(n -> n.substring(0, 3)).sorted().toList())
                .containsExactly("001", "002", "003", "004", "005", "006");
    }

    @Test
    void twoDesksPrintingTheSameLetterGetTheSameNumber() throws Exception {
        VisitAnnouncement one = announcement(1);
        List<String> numbers = atOnce(List.<Callable<String>>of(
                () -> visits.introductionLetterNumber(one, "FPPTI-JABAR"),
                () -> visits.introductionLetterNumber(one, "FPPTI-JABAR"),
                () -> visits.introductionLetterNumber(one, "FPPTI-JABAR")));

        assertThat(numbers).containsOnly("001/SP-KSL/FPPTI-JABAR/III/2026");
        assertThat(visits.introductionLetterNumber(announcement(2), "FPPTI-JABAR")).startsWith("002/");
    }

    private static List<String> atOnce(List<Callable<String>> jobs) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(jobs.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> futures = new ArrayList<>();
            for (Callable<String> job : jobs) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return job.call();
                }));
            }
            start.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
