package id.jalin.app;

import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.acquisition.domain.ItemFormat;
import id.jalin.acquisition.domain.PlacedCopies;
import id.jalin.acquisition.domain.Title;
import id.jalin.catalogue.data.JooqHoldingsStore;
import id.jalin.catalogue.domain.HeldMatch;
import id.jalin.catalogue.domain.HoldingsSource;
import id.jalin.catalogue.domain.StoredRecord;
import id.jalin.catalogue.domain.TitleProbe;
import id.jalin.kernel.access.TestActors;
import id.jalin.kernel.audit.TestAudit;
import id.jalin.kernel.db.Database;
import id.jalin.kernel.db.TestDatabases;
import id.jalin.member.data.JooqMemberRepository;
import id.jalin.member.domain.Libraries;
import id.jalin.member.domain.Member;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a joint purchase received goes into the member's holdings in the union catalogue: one record per line, its
 * copies growing with each delivery, the same delivery placed twice counted once, and the next check finding it.
 */
class CatalogueForAcquisitionTest {
    private Database database;
    private JooqHoldingsStore store;
    private long unpad;

    @BeforeEach
    void open() {
        database = TestDatabases.h2();
        unpad = new JooqMemberRepository(database.dsl(), TestAudit.TRAIL).save(new Member(
                Libraries.library("UNPAD", "Perpustakaan Unpad"), List.of())).library().id();
        store = new JooqHoldingsStore(database.dsl(), TestAudit.TRAIL, ids -> Map.of(unpad, "UNPAD"),
                TestActors.AS_COORDINATOR, Clock.fixed(Instant.parse("2026-12-01T03:00:00Z"),
                ZoneId.of("Asia/Jakarta")));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private static PlacedCopies delivery(long receipt, long member, int copies) {
        return new PlacedCopies(receipt, 3, 41, member, new Title("978-602-03-1234-7", "Literasi informasi",
                "Hasugian, Jonner", "Gramedia", 2024, "Ed. 2"), ItemFormat.PRINT, copies, LocalDate.of(2026, 11, 30),
                "INV-77");
    }

    @Test
    void deliveriesOfOneLineMakeOneRecordWhoseCopiesGrowOncePerDelivery() {
        CatalogueForAcquisition placement = new CatalogueForAcquisition(store);

        placement.place(delivery(7, unpad, 2));
        placement.place(delivery(7, unpad, 2));
        placement.place(delivery(8, unpad, 1));

        List<StoredRecord> records = store.arrivals(unpad, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 1));
        assertThat(records).singleElement().satisfies(stored -> {
            assertThat(stored.record().sourceId()).isEqualTo("jalin-pgd:41");
            assertThat(stored.record().copies()).isEqualTo(3);
            assertThat(stored.record().itemCodes()).containsExactly("PGD3-7-1", "PGD3-7-2", "PGD3-8-1");
            assertThat(stored.record().edition()).isEqualTo("Ed. 2");
        });
        assertThat(store.load(unpad).orElseThrow().source()).isEqualTo(HoldingsSource.PLACED);
        assertThat(store.held(List.of(new TitleProbe("9786020312347", "", "", null, "").keys())))
                .extracting(HeldMatch::memberId, HeldMatch::copies).containsExactly(org.assertj.core.groups.Tuple
                        .tuple(unpad, 3));
    }
}
