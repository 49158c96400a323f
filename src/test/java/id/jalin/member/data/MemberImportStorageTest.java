package id.jalin.member.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.jalin.kernel.access.TestPermissions;
import id.jalin.kernel.db.Database;
import id.jalin.kernel.db.TestDatabases;
import id.jalin.kernel.db.TestDatabases.Kind;
import id.jalin.kernel.importing.RejectedRow;
import id.jalin.kernel.importing.TestWorkbooks;
import id.jalin.kernel.money.Money;
import id.jalin.kernel.task.CancelledException;
import id.jalin.kernel.task.Progress;
import id.jalin.member.domain.Library;
import id.jalin.member.domain.Member;
import id.jalin.member.domain.StaffMember;
import id.jalin.member.domain.csv.ImportReport;
import id.jalin.member.domain.csv.MemberImportService;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The member import through the pipeline into real storage, once on H2 and once on PostgreSQL. */
@ParameterizedClass
@EnumSource(Kind.class)
class MemberImportStorageTest {
    @Parameter
    Kind kind;

    private Database database;
    private JooqMemberRepository repository;
    private MemberImportService service;

    @BeforeEach
    void open() {
        database = TestDatabases.fresh(kind);
        repository = new JooqMemberRepository(database.dsl(), id.jalin.kernel.audit.TestAudit.TRAIL);
        service = new MemberImportService(repository, TestPermissions.AS_COORDINATOR);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private static InputStream workbook() {
        List<Object[]> rows = new ArrayList<>();
        rows.add(new Object[] {"Daftar anggota"});
        rows.add(new Object[] {"kode", "nama", "jenis", "iuran_tahunan", "bergabung", "nama_staf", "peran_staf"});
        for (int i = 1; i <= 10; i++) {
            rows.add(new Object[] {"LIB" + i, "Perpustakaan " + i, "universitas", 1_000_000 + i,
                    LocalDate.of(2010, 1, i), "Staf " + i, "narahubung"});
        }
        rows.add(new Object[] {"RUSAK", "Perpustakaan Rusak", "kapal"});
        return TestWorkbooks.xlsx(rows.toArray(Object[][]::new));
    }

    @Test
    void workbookIsStoredAndReImportUpdatesTheSameRows() throws Exception {
        ImportReport first = service.importFile(workbook(), Progress.NONE);
        List<Long> ids = repository.findAllLibraries().stream().map(Library::id).sorted().toList();

        ImportReport again = service.importFile(workbook(), Progress.NONE);

        assertThat(first.created()).isEqualTo(10);
        assertThat(first.rejected()).extracting(RejectedRow::rowNumber).containsExactly(13);
        assertThat(again.created()).isZero();
        assertThat(again.updated()).isEqualTo(10);
        assertThat(repository.findAllLibraries()).extracting(Library::id).containsExactlyInAnyOrderElementsOf(ids);
        Member lib3 = repository.findMemberByCode("LIB3").orElseThrow();
        assertThat(lib3.library().yearlyDues()).isEqualTo(Money.of(1_000_003));
        assertThat(lib3.library().joinedOn()).isEqualTo(LocalDate.of(2010, 1, 3));
        assertThat(lib3.library().version()).isEqualTo(1);
        assertThat(lib3.staff()).extracting(StaffMember::name).containsExactly("Staf 3");
    }

    @Test
    void windows1252FileKeepsItsLettersInStorage() throws Exception {
        byte[] bytes = "kode;nama;jenis;kota\r\nUNPAS;Perpustakaan Pasundan;universitas;Bandung \u2013 Lengkong"
                .getBytes(Charset.forName("windows-1252"));

        service.importFile(new ByteArrayInputStream(bytes), Progress.NONE);

        assertThat(repository.findMemberByCode("UNPAS").orElseThrow().library().city())
                .isEqualTo("Bandung \u2013 Lengkong");
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

        assertThatThrownBy(() -> service.importFile(workbook(), cancelHalfWayThroughSaving))
                .isInstanceOf(CancelledException.class);
        assertThat(repository.findAllLibraries()).isEmpty();
    }
}
