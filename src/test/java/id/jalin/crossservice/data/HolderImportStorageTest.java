package id.jalin.crossservice.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.jalin.crossservice.domain.CardHolder;
import id.jalin.crossservice.domain.HolderKind;
import id.jalin.crossservice.domain.csv.HolderImportReport;
import id.jalin.crossservice.domain.csv.HolderImportService;
import id.jalin.kernel.access.TestPermissions;
import id.jalin.kernel.db.Database;
import id.jalin.kernel.db.TestDatabases;
import id.jalin.kernel.db.TestDatabases.Kind;
import id.jalin.kernel.importing.TestWorkbooks;
import id.jalin.kernel.task.CancelledException;
import id.jalin.kernel.task.Progress;
import id.jalin.member.data.JooqMemberRepository;
import id.jalin.member.domain.Libraries;
import id.jalin.member.domain.Member;
import id.jalin.member.domain.MemberService;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The card holder import through the pipeline into real storage, once on H2 and once on PostgreSQL. */
@ParameterizedClass
@EnumSource(Kind.class)
class HolderImportStorageTest {
    @Parameter
    Kind kind;

    private Database database;
    private JooqCrossServiceRepository repository;
    private HolderImportService service;
    private long unpad;

    @BeforeEach
    void open() {
        database = TestDatabases.fresh(kind);
        repository = new JooqCrossServiceRepository(database.dsl(), id.jalin.kernel.audit.TestAudit.TRAIL);
        var members = new JooqMemberRepository(database.dsl(), id.jalin.kernel.audit.TestAudit.TRAIL);
        unpad = members.save(Member.of(Libraries.library("UNPAD", "Perpustakaan Universitas Padjadjaran")))
                .library().id();
        service = new HolderImportService(repository, new MemberService(members, TestPermissions.AS_COORDINATOR),
                TestPermissions.AS_COORDINATOR);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private static InputStream workbook(String programme) {
        List<Object[]> rows = new ArrayList<>();
        rows.add(new Object[] {"nomor", "nama", "perpustakaan_asal", "program_studi", "jenis"});
        for (int i = 1; i <= 10; i++) {
            rows.add(new Object[] {180110220000L + i, "Mahasiswa " + i, "unpad", programme, i == 1 ? "dosen" : null});
        }
        return TestWorkbooks.xlsx(rows.toArray(Object[][]::new));
    }

    @Test
    void workbookIsStoredAndReImportUpdatesInsteadOfDoubling() throws Exception {
        HolderImportReport first = service.importFile(workbook("Ilmu Perpustakaan"), Progress.NONE);
        HolderImportReport again = service.importFile(workbook("Sains Informasi"), Progress.NONE);

        assertThat(first.created()).isEqualTo(10);
        assertThat(again.created()).isZero();
        assertThat(again.updated()).isEqualTo(10);
        assertThat(repository.holdersOf(unpad)).hasSize(10);
        CardHolder first1 = repository.findHolderByNumber(unpad, "180110220001").orElseThrow();
        assertThat(first1.kind()).isEqualTo(HolderKind.LECTURER);
        assertThat(first1.programme()).isEqualTo("Sains Informasi");
        assertThat(first1.version()).isEqualTo(1);
        // one audit row per holder and import: created by the first, the programme changed by the second
        var rows = id.jalin.kernel.audit.AuditRows.of(database.dsl(), "card_holder", first1.id());
        assertThat(rows).extracting(id.jalin.kernel.audit.AuditLogEntry::action).containsExactly(
                id.jalin.kernel.audit.AuditAction.CREATE, id.jalin.kernel.audit.AuditAction.UPDATE);
        assertThat(rows.get(1).changes()).containsExactly(new id.jalin.kernel.audit.FieldChange("programme",
                "Ilmu Perpustakaan", "Sains Informasi"));
        assertThat(rows.get(1).recordLabel()).isEqualTo("Mahasiswa 1 (180110220001)");
    }

    @Test
    void cancelWhileSavingStoresNothing() {
        Progress cancelHalfWayThroughSaving = new Progress() {
            private long reached;

            @Override
            public void update(long done, long total) {
                reached = Math.max(reached, done * 1000 / total);
            }

            @Override
            public boolean isCancelled() {
                return reached >= 800;
            }
        };

        assertThatThrownBy(() -> service.importFile(workbook("Ilmu Perpustakaan"), cancelHalfWayThroughSaving))
                .isInstanceOf(CancelledException.class);
        assertThat(repository.holdersOf(unpad)).isEmpty();
        // the holders' audit rows went with them; only the library's own, from before the import, is left
        assertThat(id.jalin.kernel.audit.AuditRows.all(database.dsl()))
                .allSatisfy(row -> assertThat(row.table()).isEqualTo("library"));
    }
}
