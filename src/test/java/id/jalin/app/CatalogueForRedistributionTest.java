package id.jalin.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.jalin.catalogue.data.JooqHoldingsStore;
import id.jalin.catalogue.domain.HoldingsSource;
import id.jalin.catalogue.domain.IndexedWork;
import id.jalin.catalogue.domain.LoadInfo;
import id.jalin.catalogue.domain.TestRecords;
import id.jalin.kernel.access.TestActors;
import id.jalin.kernel.audit.TestAudit;
import id.jalin.kernel.db.Database;
import id.jalin.kernel.db.TestDatabases;
import id.jalin.kernel.task.Progress;
import id.jalin.member.data.JooqMemberRepository;
import id.jalin.member.domain.Libraries;
import id.jalin.member.domain.Member;
import id.jalin.redistribution.domain.TransferredHolding;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A hand-over received moves the copies in the union catalogue from giver to receiver, once per hand-over. */
class CatalogueForRedistributionTest {
    private Database database;
    private JooqHoldingsStore store;
    private long giver;
    private long receiver;

    @BeforeEach
    void open() {
        database = TestDatabases.h2();
        var members = new JooqMemberRepository(database.dsl(), TestAudit.TRAIL);
        giver = members.save(new Member(Libraries.library("ITB", "Perpustakaan ITB"), List.of())).library().id();
        receiver = members.save(new Member(Libraries.library("STAI", "Perpustakaan STAI"), List.of())).library().id();
        store = new JooqHoldingsStore(database.dsl(), TestAudit.TRAIL, ids -> Map.of(giver, "ITB", receiver, "STAI"),
                TestActors.AS_COORDINATOR, Clock.systemDefaultZone());
        store.replace(giver, new LoadInfo(HoldingsSource.MARC21, "itb.mrc"), sink -> sink.accept(TestRecords.record(
                "1", "Temu kembali informasi", "", "Pendit, Putu Laxman", 2008, "", "", 3)), Progress.NONE);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void twoCopiesHandedOverMoveOnceEvenWhenTheReceiptIsRetried() {
        var transfer = new CatalogueForRedistribution(store);
        TransferredHolding handOver = new TransferredHolding(12, giver, receiver, "Temu Kembali Informasi",
                "Pendit, Putu Laxman", "", 2008, 2, LocalDate.of(2026, 12, 2));

        transfer.transfer(handOver);
        transfer.transfer(handOver);

        List<IndexedWork> works = new ArrayList<>();
        store.feed().allWorks(works::add, Progress.NONE);
        assertThat(works).singleElement().satisfies(work -> assertThat(work.holdings())
                .extracting(holding -> holding.memberId(), holding -> holding.copies())
                .containsExactlyInAnyOrder(tuple(giver, 1), tuple(receiver, 2)));
    }
}
