package id.jalin.member.domain.csv;

import id.jalin.kernel.access.TestPermissions;
import id.jalin.kernel.importing.ImportPlan;
import id.jalin.kernel.importing.ImportRefusedException;
import id.jalin.kernel.importing.RejectedRow;
import id.jalin.kernel.importing.TestWorkbooks;
import static id.jalin.member.domain.csv.CsvFiles.csv;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.jalin.kernel.money.Money;
import id.jalin.kernel.task.CancelledException;
import id.jalin.kernel.task.Progress;
import id.jalin.kernel.validation.FieldError;
import id.jalin.member.domain.CatalogueAddress;
import id.jalin.member.domain.CatalogueServerKind;
import id.jalin.member.domain.ForumRole;
import id.jalin.member.domain.InMemoryMemberRepository;
import id.jalin.member.domain.Library;
import id.jalin.member.domain.LibraryKind;
import id.jalin.member.domain.Member;
import id.jalin.member.domain.MemberStatus;
import id.jalin.member.domain.StaffMember;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class MemberImportServiceTest {
    private final InMemoryMemberRepository repository = new InMemoryMemberRepository();
    private final MemberImportService service = new MemberImportService(repository, TestPermissions.AS_COORDINATOR);

    private static final String[] MIXED_FILE = {
            "code;name;kind;city;email;yearly_dues;staff_name;staff_email;staff_role",
            "UNPAD;Perpustakaan Unpad;universitas;Jatinangor;perpustakaan@unpad.ac.id;2.500.000;Rina;rina@unpad.ac.id;narahubung",
            "UNPAD;;;;;;Dadan;;",
            "ITB;Perpustakaan ITB;institut;Bandung;;;Wulan;;",
            "BAD1;Perpustakaan Rusak;kampus;Garut;;;;;",
            "POLBAN;Perpustakaan Polban;politeknik;Bandung Barat;bukan email;;;;",
            "UPI;Perpustakaan UPI;universitas;Bandung;;Rp 1.500.000;Asep;;",
            "UPI;;;;;;;asep@upi;",
            "UPI;;;;;;Yanti;yanti@upi.edu;koordinator"};

    private ImportReport importFile(InputStream in) throws Exception {
        return service.importFile(in, Progress.NONE);
    }

    private Member stored(String code) {
        return repository.findMemberByCode(code).orElseThrow();
    }

    @Test
    void storesGoodRowsAndReportsBadRowsWithRowNumbersAndReasons() throws Exception {
        ImportReport report = importFile(csv(MIXED_FILE));

        assertThat(report.created()).isEqualTo(3);
        assertThat(report.updated()).isZero();
        assertThat(report.staffAdded()).isEqualTo(5);
        assertThat(repository.all()).extracting(m -> m.library().code()).containsExactly("UNPAD", "ITB", "UPI");
        assertThat(stored("UNPAD").staff()).extracting(StaffMember::name).containsExactly("Rina", "Dadan");
        assertThat(stored("UPI").library().yearlyDues()).isEqualTo(Money.of(1_500_000));
        assertThat(stored("UPI").staff()).extracting(StaffMember::name, StaffMember::role)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Asep", ForumRole.NONE),
                        org.assertj.core.groups.Tuple.tuple("Yanti", ForumRole.COORDINATOR));

        assertThat(report.rejected()).extracting(RejectedRow::rowNumber).containsExactly(5, 6, 8);
        assertThat(report.rejected()).extracting(row -> row.reasons().get(0))
                .extracting(FieldError::field, FieldError::messageKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("kind", "member.import.error.kind"),
                        org.assertj.core.groups.Tuple.tuple("email", "member.error.email.shape"),
                        org.assertj.core.groups.Tuple.tuple("staff_name", "member.import.error.staffNameMissing"));
        assertThat(report.rejected().get(0).rawValues()).startsWith("BAD1", "Perpustakaan Rusak", "kampus");
    }

    @Test
    void importingTheSameFileAgainUpdatesInsteadOfDuplicating() throws Exception {
        importFile(csv(MIXED_FILE));
        List<Member> first = repository.all();

        ImportReport again = importFile(csv(MIXED_FILE));

        assertThat(again.created()).isZero();
        assertThat(again.updated()).isEqualTo(3);
        assertThat(again.staffAdded()).isZero();
        assertThat(again.staffUpdated()).isEqualTo(5);
        assertThat(again.rejected()).hasSize(3);
        List<Member> second = repository.all();
        assertThat(second).hasSize(3);
        for (int i = 0; i < first.size(); i++) {
            assertThat(second.get(i).library().id()).isEqualTo(first.get(i).library().id());
            assertThat(second.get(i).staff()).extracting(StaffMember::id)
                    .containsExactlyElementsOf(first.get(i).staff().stream().map(StaffMember::id).toList());
        }
    }

    @Test
    void mergesStaffByNameIgnoringCaseAndKeepsStoredStaffTheFileDoesNotMention() throws Exception {
        Library unpar = new Library(null, 0, "UNPAR", "Perpustakaan Unpar", "Universitas Katolik Parahyangan",
                LibraryKind.UNIVERSITY, "Jl. Ciumbuleuit No. 94", "Bandung", "Jawa Barat", "(022) 2032655",
                "", "", null, MemberStatus.LEFT, "B", Money.of(1_500_000), 90_000, "catatan lama");
        Member before = repository.save(new Member(unpar, List.of(
                StaffMember.newStaff("Maria Ningsih", "Kepala", "maria@unpar.ac.id", "", ForumRole.CONTACT_PERSON),
                StaffMember.newStaff("Yohanes Kurnia", "Pustakawan", "", "", ForumRole.NONE))));

        ImportReport report = importFile(csv("kode;nama;jenis;kota;nama_staf;jabatan_staf",
                "unpar;Perpustakaan Universitas Katolik Parahyangan;universitas;Bandung;MARIA NINGSIH;Kepala Perpustakaan",
                "UNPAR;;;;Teguh Santosa;Staf Layanan Sirkulasi"));

        assertThat(report.updated()).isEqualTo(1);
        assertThat(report.staffUpdated()).isEqualTo(1);
        assertThat(report.staffAdded()).isEqualTo(1);
        Member after = stored("UNPAR");
        assertThat(after.library().id()).isEqualTo(before.library().id());
        assertThat(after.library().name()).isEqualTo("Perpustakaan Universitas Katolik Parahyangan");
        // Columns the file does not have keep their stored values.
        assertThat(after.library().status()).isEqualTo(MemberStatus.LEFT);
        assertThat(after.library().notes()).isEqualTo("catatan lama");
        assertThat(after.library().yearlyDues()).isEqualTo(Money.of(1_500_000));
        assertThat(after.staff()).extracting(StaffMember::name, StaffMember::position, StaffMember::role)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Maria Ningsih", "Kepala Perpustakaan",
                                ForumRole.CONTACT_PERSON),
                        org.assertj.core.groups.Tuple.tuple("Yohanes Kurnia", "Pustakawan", ForumRole.NONE),
                        org.assertj.core.groups.Tuple.tuple("Teguh Santosa", "Staf Layanan Sirkulasi",
                                ForumRole.NONE));
        assertThat(after.staff().get(0).id()).isEqualTo(before.staff().get(0).id());
    }

    @Test
    void aFileWithoutCatalogueColumnsKeepsTheStoredCatalogueAddress() throws Exception {
        CatalogueAddress koha = new CatalogueAddress("https://lib.unpad.ac.id/cgi-bin/koha/oai.pl",
                CatalogueServerKind.KOHA);
        repository.save(Member.of(id.jalin.member.domain.Libraries.library("UNPAD", "Perpustakaan Unpad")
                .withCatalogue(koha)));

        ImportReport report = importFile(csv("code;name;kind;city", "UNPAD;Perpustakaan Unpad;universitas;Jatinangor"));

        assertThat(report.updated()).isEqualTo(1);
        assertThat(stored("UNPAD").library().city()).isEqualTo("Jatinangor");
        assertThat(stored("UNPAD").library().catalogue()).isEqualTo(koha);
    }

    @Test
    void catalogueColumnsSetTheAddressWithTheKindByItsConstantOrItsLabel() throws Exception {
        repository.save(Member.of(id.jalin.member.domain.Libraries.library("UNPAD", "Perpustakaan Unpad")
                .withCatalogue(new CatalogueAddress("https://old.unpad.ac.id/oai", CatalogueServerKind.KOHA))));

        ImportReport report = importFile(csv("kode;nama;jenis;alamat katalog;jenis katalog",
                "UNPAD;Perpustakaan Unpad;universitas;;",
                "ITB;Perpustakaan ITB;institut;https://perpus.itb.ac.id/slims/;SLiMS (OAI-PMH dan MODS)",
                "UPI;Perpustakaan UPI;universitas;https://repository.upi.edu/cgi/oai2;eprints",
                "UNPAR;Perpustakaan Unpar;universitas;https://repository.unpar.ac.id/oai/request;Repositori DSpace (OAI-PMH)",
                "POLBAN;Perpustakaan Polban;politeknik;https://lib.polban.ac.id/oai;Other OAI-PMH server",
                "UNSIL;Perpustakaan Unsil;universitas;https://lib.unsil.ac.id/oai;VuFind",
                "UNJANI;Perpustakaan Unjani;universitas;https://lib.unjani.ac.id/oai;",
                "UNIKOM;Perpustakaan Unikom;universitas;ftp://lib.unikom.ac.id/;koha"));

        // The file's columns are taken as they are: a blank address clears the stored one.
        assertThat(stored("UNPAD").library().catalogue()).isEqualTo(CatalogueAddress.NONE);
        assertThat(stored("ITB").library().catalogue()).isEqualTo(
                new CatalogueAddress("https://perpus.itb.ac.id/slims/", CatalogueServerKind.SLIMS));
        assertThat(stored("UPI").library().catalogue().kind()).isEqualTo(CatalogueServerKind.EPRINTS);
        assertThat(stored("UNPAR").library().catalogue().kind()).isEqualTo(CatalogueServerKind.DSPACE);
        assertThat(stored("POLBAN").library().catalogue().kind()).isEqualTo(CatalogueServerKind.OTHER_OAI_PMH);
        assertThat(report.rejected()).extracting(RejectedRow::rowNumber).containsExactly(7, 8, 9);
        assertThat(report.rejected()).extracting(row -> row.reasons().get(0))
                .extracting(FieldError::field, FieldError::messageKey,
                        error -> error.args().isEmpty() ? null : error.args().get(0))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("catalogue_kind", "member.catalogue.import.error.kind",
                                "VuFind"),
                        org.assertj.core.groups.Tuple.tuple("catalogue_kind", "member.catalogue.error.kind.required",
                                null),
                        org.assertj.core.groups.Tuple.tuple("catalogue_url", "member.catalogue.error.url.shape",
                                "ftp://lib.unikom.ac.id/"));
    }

    @Test
    void refusesFileWithoutRequiredColumnAndStoresNothing() {
        assertThatThrownBy(() -> importFile(csv("name;kind", "Perpustakaan X;akademi")))
                .isInstanceOfSatisfying(ImportRefusedException.class, refused ->
                        assertThat(refused.reasons()).extracting(FieldError::messageKey)
                                .containsExactly("import.error.missingColumn"));
        assertThat(repository.all()).isEmpty();
    }

    @Test
    void cancelWhileSavingStoresNothing() {
        CancellableProgress progress = new CancellableProgress();
        List<String> savedSoFar = new ArrayList<>();
        repository.afterEachSave(member -> {
            savedSoFar.add(member.library().code());
            if (savedSoFar.size() == 2) {
                progress.cancel();
            }
        });

        assertThatThrownBy(() -> service.importFile(csv(MIXED_FILE), progress))
                .isInstanceOf(CancelledException.class);
        assertThat(savedSoFar).hasSize(2);
        assertThat(repository.all()).isEmpty();
    }

    @Test
    void progressRunsForwardToTheEnd() throws Exception {
        CancellableProgress progress = new CancellableProgress();

        service.importFile(csv(MIXED_FILE), progress);

        assertThat(progress.updates).isNotEmpty().isSorted();
        assertThat(progress.updates.get(progress.updates.size() - 1)).isEqualTo(1.0);
    }

    @Test
    void readThenApplyStoresThePlan() throws Exception {
        ImportPlan<Member> plan = service.read(CsvFiles.example(), Progress.NONE);

        ImportReport report = service.apply(plan, Progress.NONE);

        assertThat(report.created()).isEqualTo(3);
        assertThat(report.rejected()).isEmpty();
        assertThat(stored("AKT-CMH").library().collectionTitles()).isEqualTo(2_100);
    }

    @Test
    void aWorkbookImportsLikeTheSameCsvAndReImportUpdates() throws Exception {
        Object[] heading = {"code", "name", "kind", "city", "yearly_dues", "joined", "staff_name", "staff_role"};
        Object[] unpad = {"UNPAD", "Perpustakaan Unpad", "universitas", "Jatinangor", 2_500_000,
                java.time.LocalDate.of(2008, 3, 12), "Rina", "narahubung"};
        Object[] bad = {"BAD1", "Perpustakaan Rusak", "kampus", "Garut"};

        ImportReport first = importFile(TestWorkbooks.xlsx(heading, unpad, bad));
        ImportReport again = importFile(TestWorkbooks.xlsx(heading, unpad, bad));

        assertThat(first.created()).isEqualTo(1);
        assertThat(first.rejected()).extracting(RejectedRow::rowNumber).containsExactly(3);
        assertThat(again.created()).isZero();
        assertThat(again.updated()).isEqualTo(1);
        assertThat(again.staffUpdated()).isEqualTo(1);
        assertThat(repository.all()).singleElement().satisfies(member -> {
            assertThat(member.library().yearlyDues()).isEqualTo(Money.of(2_500_000));
            assertThat(member.library().joinedOn()).isEqualTo(java.time.LocalDate.of(2008, 3, 12));
            assertThat(member.staff()).extracting(StaffMember::name, StaffMember::role)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("Rina", ForumRole.CONTACT_PERSON));
        });
    }

    /** Records progress as fractions and lets the test press Cancel. */
    private static final class CancellableProgress implements Progress {
        private final AtomicBoolean cancelled = new AtomicBoolean();
        private final List<Double> updates = new ArrayList<>();

        void cancel() {
            cancelled.set(true);
        }

        @Override
        public void update(long done, long total) {
            updates.add((double) done / total);
        }

        @Override
        public boolean isCancelled() {
            return cancelled.get();
        }
    }
}
