package id.jalin.kernel.audit;

import static id.jalin.kernel.db.generated.Tables.AUDIT_CHANGE;
import static id.jalin.kernel.db.generated.Tables.AUDIT_ENTRY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.jalin.kernel.access.Actor;
import id.jalin.kernel.access.CurrentActor;
import id.jalin.kernel.access.TestActors;
import id.jalin.kernel.db.Database;
import id.jalin.kernel.db.TestDatabases;
import id.jalin.kernel.db.TestDatabases.Kind;
import id.jalin.kernel.paging.Page;
import id.jalin.kernel.paging.PageRequest;
import id.jalin.kernel.paging.SortDirection;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Audit rows commit and roll back with their change, and the browser's filters and pages, on H2 and PostgreSQL. */
@ParameterizedClass
@EnumSource(Kind.class)
class AuditTrailStorageTest {
    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    @Parameter
    Kind kind;

    private Database database;
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-03-02T02:00:00Z"));
    private final AtomicReference<Actor> actor = new AtomicReference<>(TestActors.COORDINATOR);
    private AuditTrail trail;
    private JooqAuditLog log;

    @BeforeEach
    void open() {
        database = TestDatabases.fresh(kind);
        Clock clock = new Clock() {
            @Override
            public ZoneId getZone() {
                return JAKARTA;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
        trail = new JooqAuditTrail(actor::get, clock);
        log = new JooqAuditLog(database.dsl());
    }

    @AfterEach
    void close() {
        database.close();
    }

    private static AuditEntry entry(String feature, String table, long id, String label) {
        return new AuditEntry(feature, table, id, label, AuditAction.UPDATE,
                List.of(new FieldChange("city", "Bandung", "Jatinangor"), new FieldChange("phone", null, "022")));
    }

    @Test
    void aChangeRolledBackAfterItsAuditRowLeavesNoAuditRow() {
        assertThatThrownBy(() -> database.dsl().transaction(configuration -> {
            trail.record(configuration.dsl(), entry("member", "library", 7, "Perpustakaan ITB (ITB)"));
            throw new IllegalStateException("the change fails after its audit row was written");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(database.dsl().fetchCount(AUDIT_ENTRY)).isZero();
        assertThat(database.dsl().fetchCount(AUDIT_CHANGE)).isZero();
    }

    @Test
    void aCommittedChangeHasExactlyOneAuditRowWithWhoAndWhen() {
        database.dsl().transaction(configuration ->
                trail.record(configuration.dsl(), entry("member", "library", 7, "Perpustakaan ITB (ITB)")));

        Page<AuditLogEntry> page = log.page(AuditFilter.ALL, PageRequest.first(AuditSort.TIME));
        assertThat(page.total()).isEqualTo(1);
        AuditLogEntry row = page.rows().get(0);
        assertThat(row.userId()).isEqualTo(TestActors.COORDINATOR.userId());
        assertThat(row.userLogin()).isEqualTo("koordinator");
        assertThat(row.userName()).isEqualTo("Dewi Koordinator");
        assertThat(row.occurredAt()).isEqualTo(LocalDateTime.of(2026, 3, 2, 9, 0));
        assertThat(row.table()).isEqualTo("library");
        assertThat(row.recordId()).isEqualTo(7);
        assertThat(row.recordLabel()).isEqualTo("Perpustakaan ITB (ITB)");
        assertThat(row.action()).isEqualTo(AuditAction.UPDATE);
        assertThat(row.changes()).containsExactly(new FieldChange("city", "Bandung", "Jatinangor"),
                new FieldChange("phone", null, "022"));
    }

    @Test
    void aNestedTransactionRolledBackTakesItsAuditRowAlongButNotTheOuterOne() {
        database.dsl().transaction(outer -> {
            trail.record(outer.dsl(), entry("member", "library", 1, "kept"));
            try {
                outer.dsl().transaction(inner -> {
                    trail.record(inner.dsl(), entry("member", "library", 2, "rolled back"));
                    throw new IllegalStateException("inner fails");
                });
            } catch (IllegalStateException expected) {
                // the savepoint is rolled back, the outer transaction goes on
            }
        });

        assertThat(log.page(AuditFilter.ALL, PageRequest.first(AuditSort.TIME)).rows())
                .extracting(AuditLogEntry::recordLabel).containsExactly("kept");
    }

    /** Three people, two features, over four days; one entry per step. */
    private void someHistory() {
        String[][] steps = {
                {"koordinator", "member", "library", "1", "Perpustakaan ITB (ITB)", "2026-03-01T01:00:00Z"},
                {"sekretaris", "agreement", "agreement", "5", "PKS 001/FPPTI/2026 Layanan silang", "2026-03-02T01:00:00Z"},
                {"koordinator", "member", "library", "2", "Perpustakaan UNPAD (UNPAD)", "2026-03-03T01:00:00Z"},
                {"sekretaris", "member", "library", "1", "Perpustakaan ITB (ITB)", "2026-03-04T01:00:00Z"},
        };
        for (String[] step : steps) {
            actor.set(step[0].equals("koordinator") ? TestActors.COORDINATOR : TestActors.SECRETARY);
            now.set(Instant.parse(step[5]));
            database.dsl().transaction(c -> trail.record(c.dsl(), entry(step[1], step[2], Long.parseLong(step[3]),
                    step[4])));
        }
    }

    private List<String> labels(AuditFilter filter, String text) {
        return log.page(filter, new PageRequest<>(0, 50, AuditSort.TIME, SortDirection.ASCENDING, text)).rows()
                .stream().map(e -> e.userLogin() + " " + e.recordLabel()).toList();
    }

    @Test
    void filtersByUserPeriodFeatureRecordAndLabelText() {
        someHistory();

        assertThat(labels(AuditFilter.ALL.byUser("sekretaris"), "")).containsExactly(
                "sekretaris PKS 001/FPPTI/2026 Layanan silang", "sekretaris Perpustakaan ITB (ITB)");
        assertThat(labels(AuditFilter.ALL.inPeriod(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 3)), ""))
                .containsExactly("sekretaris PKS 001/FPPTI/2026 Layanan silang",
                        "koordinator Perpustakaan UNPAD (UNPAD)");
        assertThat(labels(AuditFilter.ALL.inFeature("agreement"), "")).containsExactly(
                "sekretaris PKS 001/FPPTI/2026 Layanan silang");
        assertThat(labels(AuditFilter.ALL.ofRecord("library", 1L), "")).containsExactly(
                "koordinator Perpustakaan ITB (ITB)", "sekretaris Perpustakaan ITB (ITB)");
        assertThat(labels(AuditFilter.ALL, "unpad")).containsExactly("koordinator Perpustakaan UNPAD (UNPAD)");
        assertThat(labels(AuditFilter.ALL.byUser("koordinator").inFeature("agreement"), "")).isEmpty();
    }

    @Test
    void pagesAreSortedAndCountedInTheDatabase() {
        someHistory();

        var newestFirst = new PageRequest<>(0, 3, AuditSort.TIME, SortDirection.DESCENDING, "");
        Page<AuditLogEntry> first = log.page(AuditFilter.ALL, newestFirst);
        Page<AuditLogEntry> second = log.page(AuditFilter.ALL, newestFirst.next());

        assertThat(first.total()).isEqualTo(4);
        assertThat(first.rows()).extracting(AuditLogEntry::occurredAt).containsExactly(
                LocalDateTime.of(2026, 3, 4, 8, 0), LocalDateTime.of(2026, 3, 3, 8, 0),
                LocalDateTime.of(2026, 3, 2, 8, 0));
        assertThat(second.rows()).extracting(AuditLogEntry::recordId).containsExactly(1L);
        assertThat(second.total()).isEqualTo(4);
        assertThat(second.rows().get(0).changes()).hasSize(2);
        assertThat(log.page(AuditFilter.ALL, newestFirst.at(8)).total()).isEqualTo(4);
        assertThat(log.page(AuditFilter.ALL, new PageRequest<>(0, 50, AuditSort.USER, SortDirection.ASCENDING, ""))
                .rows()).extracting(AuditLogEntry::userName).containsExactly("Dewi Koordinator", "Dewi Koordinator",
                "Sari Sekretaris", "Sari Sekretaris");
    }

    @Test
    void usersFeaturesAndTheWholeTrailForTheExport() {
        someHistory();

        assertThat(log.users()).containsExactly(new AuditUser("koordinator", "Dewi Koordinator"),
                new AuditUser("sekretaris", "Sari Sekretaris"));
        assertThat(log.features()).containsExactly("agreement", "member");
        List<Long> all = new ArrayList<>();
        log.each(AuditFilter.ALL.byUser("koordinator"), "", e -> all.add(e.recordId()));
        assertThat(all).containsExactly(1L, 2L);
    }

    @Test
    void theExportWalksTheTrailInChunksWithoutLosingOrRepeatingAnEntry() {
        someHistory();
        // two more in the same second as the last: the id keeps them apart across a chunk's edge
        database.dsl().transaction(c -> {
            trail.record(c.dsl(), entry("member", "library", 8, "same second A"));
            trail.record(c.dsl(), entry("member", "library", 9, "same second B"));
        });
        List<Long> all = new ArrayList<>();
        new JooqAuditLog(database.dsl(), 2).each(AuditFilter.ALL, "", e -> all.add(e.recordId()));
        assertThat(all).containsExactly(1L, 5L, 2L, 1L, 8L, 9L);
    }

    @Test
    void theInterimWorkstationUserIsStoredByNameWithoutAUserId() {
        actor.set(new Actor(0, "budi", "budi", id.jalin.kernel.access.Role.COORDINATOR, null));
        database.dsl().transaction(c -> trail.record(c.dsl(), new AuditEntry("forum", "forum_profile", 1, "Forum",
                AuditAction.UPDATE, List.of())));

        AuditLogEntry row = log.page(AuditFilter.ALL, PageRequest.first(AuditSort.TIME)).rows().get(0);
        assertThat(row.userId()).isNull();
        assertThat(row.userLogin()).isEqualTo("budi");
        assertThat(row.changes()).isEmpty();
    }
}
