package id.jalin.catalogue.load;

import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.catalogue.data.JooqHoldingsStore;
import id.jalin.catalogue.domain.HoldingsSource;
import id.jalin.catalogue.domain.LoadOutcome;
import id.jalin.catalogue.domain.StoredRecord;
import id.jalin.catalogue.domain.UnionCatalogueService;
import id.jalin.catalogue.harvest.FixtureServer;
import id.jalin.catalogue.harvest.HarvestSettings;
import id.jalin.catalogue.harvest.Harvesters;
import id.jalin.kernel.access.Permissions;
import id.jalin.kernel.access.TestActors;
import id.jalin.kernel.audit.TestAudit;
import id.jalin.kernel.db.Database;
import id.jalin.kernel.db.TestDatabases;
import id.jalin.member.data.JooqMemberRepository;
import id.jalin.member.domain.CatalogueAddress;
import id.jalin.member.domain.CatalogueServerKind;
import id.jalin.member.domain.Libraries;
import id.jalin.member.domain.Member;
import id.jalin.kernel.task.Progress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A Koha member harvested whole the first time and then only for what changed: the changed record replaces its old
 * version (keeping when it first arrived), the new one arrives, the deleted one goes, the rest stay; a SLiMS-like
 * server without datestamps, or another address, is harvested whole again.
 */
class HarvestOfChangesTest {
    private static final String OAI = "/cgi-bin/koha/oai.pl";
    private static final String FORMATS = OAI + "?verb=ListMetadataFormats";
    private static final String FIRST = OAI + "?verb=ListRecords&metadataPrefix=marcxml";
    private static final String SECOND = OAI + "?verb=ListRecords&resumptionToken="
            + "marcxml%2F2%2F1970-01-01T00%3A00%3A00Z%2F2026-12-01T23%3A59%3A59Z%2F%2F0%2F1003";
    private static final String CHANGES = OAI + "?verb=ListRecords&metadataPrefix=marcxml&from=2026-11-30";
    private static final HarvestSettings QUICK = new HarvestSettings(Duration.ofSeconds(5), Duration.ofSeconds(5), 50);
    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    private final FixtureServer server = FixtureServer.start();
    private Database database;
    private long member;

    @BeforeEach
    void open() {
        database = TestDatabases.h2();
        member = new JooqMemberRepository(database.dsl(), TestAudit.TRAIL).save(new Member(
                Libraries.library("PCONTOH", "Perpustakaan Contoh"), List.of())).library().id();
        server.on(FORMATS, "koha-list-metadata-formats.xml").on(OAI + "?verb=Identify", "koha-identify.xml")
                .on(FIRST, "koha-marcxml-page1.xml").on(SECOND, "koha-marcxml-page2.xml")
                .on(CHANGES, "koha-marcxml-changes.xml");
    }

    @AfterEach
    void close() {
        server.close();
        database.close();
    }

    private UnionCatalogueService catalogueOn(String instant) {
        return new UnionCatalogueService(new JooqHoldingsStore(database.dsl(), TestAudit.TRAIL,
                ids -> Map.of(member, "PCONTOH"), TestActors.AS_COORDINATOR, Clock.fixed(Instant.parse(instant),
                JAKARTA)), new Permissions(TestActors.AS_COORDINATOR));
    }

    private LoadOutcome harvest(UnionCatalogueService catalogue, String path) throws Exception {
        return new HoldingsLoading(catalogue, kind -> Harvesters.forKind(kind, QUICK))
                .harvest(member, new CatalogueAddress(server.address(path).toString(), CatalogueServerKind.KOHA),
                        Progress.NONE);
    }

    @Test
    void theSecondHarvestTakesOnlyTheChangesAndKeepsTheRest() throws Exception {
        harvest(catalogueOn("2026-12-01T03:00:00Z"), OAI);
        UnionCatalogueService later = catalogueOn("2026-12-03T03:00:00Z");

        LoadOutcome changes = harvest(later, OAI);

        assertThat(server.requests()).endsWith(CHANGES);
        assertThat(changes.stored()).isEqualTo(2);
        assertThat(changes.load().records()).isEqualTo(3);
        assertThat(changes.load().source()).isEqualTo(HoldingsSource.OAI_PMH);
        List<StoredRecord> records = new ArrayList<>();
        later.feed().allWorks(work -> work.holdings().forEach(holding -> records.addAll(
                later.records(List.of(holding.recordId())))), Progress.NONE);
        assertThat(records).extracting(stored -> stored.record().sourceId())
                .containsExactlyInAnyOrder("PCONTOH:1002", "PCONTOH:1003", "PCONTOH:1005");
        StoredRecord laskar = records.stream().filter(stored -> stored.record().sourceId().equals("PCONTOH:1002"))
                .findFirst().orElseThrow();
        assertThat(laskar.record().itemCodes()).containsExactly("30000107", "30000301");
        assertThat(laskar.record().locations()).as("stored and read back").containsExactly("PUSAT");
        assertThat(later.arrivals(member, LocalDate.of(2026, 12, 3), LocalDate.of(2026, 12, 3)))
                .as("only the new record arrived; the changed one was there before")
                .extracting(stored -> stored.record().sourceId()).containsExactly("PCONTOH:1005");
    }

    @Test
    void anotherAddressIsHarvestedWholeAgain() throws Exception {
        harvest(catalogueOn("2026-12-01T03:00:00Z"), OAI);
        server.on("/koha-baru/oai.pl?verb=ListMetadataFormats", "koha-list-metadata-formats.xml")
                .on("/koha-baru/oai.pl?verb=ListRecords&metadataPrefix=marcxml", "koha-marcxml-page2.xml");

        LoadOutcome whole = harvest(catalogueOn("2026-12-03T03:00:00Z"), "/koha-baru/oai.pl");

        assertThat(whole.load().records()).as("the new server's one readable record replaces the three")
                .isEqualTo(1);
    }
}
