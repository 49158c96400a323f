package id.jalin.crossservice.domain.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.jalin.crossservice.domain.CardHolder;
import id.jalin.crossservice.domain.HolderKind;
import id.jalin.crossservice.domain.InMemoryCrossServiceRepository;
import id.jalin.kernel.access.TestPermissions;
import id.jalin.kernel.importing.ImportPlan;
import id.jalin.kernel.importing.ImportRefusedException;
import id.jalin.kernel.importing.RejectedRow;
import id.jalin.kernel.importing.TestWorkbooks;
import id.jalin.kernel.task.CancelledException;
import id.jalin.kernel.task.Progress;
import id.jalin.member.domain.InMemoryMemberRepository;
import id.jalin.member.domain.Libraries;
import id.jalin.member.domain.Member;
import id.jalin.member.domain.MemberService;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HolderImportServiceTest {
    private final InMemoryCrossServiceRepository repository = new InMemoryCrossServiceRepository();
    private final MemberService members = new MemberService(new InMemoryMemberRepository(), TestPermissions.AS_COORDINATOR);
    private final HolderImportService service = new HolderImportService(repository, members, TestPermissions.AS_COORDINATOR);
    private long unpad;
    private long itb;

    @BeforeEach
    void registerMembers() {
        unpad = members.save(Member.of(Libraries.library("UNPAD", "Perpustakaan Universitas Padjadjaran")))
                instanceof id.jalin.kernel.validation.SaveResult.Saved<?> s ? ((Member) s.value()).library().id() : -1;
        itb = members.save(Member.of(Libraries.library("ITB", "Perpustakaan Pusat ITB")))
                instanceof id.jalin.kernel.validation.SaveResult.Saved<?> s ? ((Member) s.value()).library().id() : -1;
    }

    private static ByteArrayInputStream file(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static final String INDONESIAN = "\ufeffnomor;nama;perpustakaan_asal;program_studi;jenis;email;telepon\n"
            + "180110220001;Siti Nurhaliza;UNPAD;Ilmu Perpustakaan;mahasiswa;siti@mail.unpad.ac.id;0812-2233-4455\n"
            + "198001012005;Dr. Bambang;unpad;Sejarah;dosen;;\n"
            + "13519001;Rizky;ITB;Informatika;;;\n"
            + "999;Tanpa Kampus;UNKNOWN;;mahasiswa;;\n"
            + ";Tanpa Nomor;ITB;;kucing;bukan-email;\n"
            + "180110220001;Siti Lagi;UNPAD;;;;\n";

    @Test
    void goodRowsAreStoredAndBadRowsSetAsideWithRowNumbersAndReasons() throws Exception {
        HolderImportReport report = service.importFile(file(INDONESIAN), Progress.NONE);

        assertThat(report.created()).isEqualTo(3);
        assertThat(report.rejected()).extracting(RejectedRow::rowNumber).containsExactly(5, 6, 7);
        assertThat(report.rejected().get(0).reasons()).extracting(e -> e.messageKey())
                .containsExactly("holder.import.error.library.unknown");
        assertThat(report.rejected().get(1).reasons()).extracting(e -> e.field())
                .contains("kind", "number", "email");
        assertThat(report.rejected().get(2).reasons()).extracting(e -> e.messageKey())
                .containsExactly("holder.import.error.duplicateRow");
        assertThat(repository.holdersOf(unpad)).extracting(CardHolder::kind)
                .containsExactlyInAnyOrder(HolderKind.STUDENT, HolderKind.LECTURER);
        assertThat(repository.holdersOf(itb)).singleElement()
                .satisfies(h -> assertThat(h.kind()).isEqualTo(HolderKind.STUDENT));
    }

    @Test
    void reImportUpdatesInsteadOfDoubling() throws Exception {
        service.importFile(file(INDONESIAN), Progress.NONE);
        String english = "number,name,home_library,programme\n"
                + "180110220001,Siti Nurhaliza,UNPAD,Perpustakaan dan Sains Informasi\n";

        HolderImportReport report = service.importFile(file(english), Progress.NONE);

        assertThat(report.created()).isZero();
        assertThat(report.updated()).isEqualTo(1);
        assertThat(repository.holdersOf(unpad)).hasSize(2);
        CardHolder siti = repository.findHolderByNumber(unpad, "180110220001").orElseThrow();
        assertThat(siti.programme()).isEqualTo("Perpustakaan dan Sains Informasi");
        assertThat(siti.email()).as("a column the file lacks keeps the stored value").isEqualTo("siti@mail.unpad.ac.id");
        assertThat(siti.version()).isEqualTo(1);
    }

    @Test
    void cancelHalfWayThroughStoringStoresNothing() throws Exception {
        ImportPlan<CardHolder> plan = service.read(file(INDONESIAN), Progress.NONE);
        Progress cancelAfterFirstSave = new Progress() {
            private boolean saved;

            @Override
            public void update(long done, long total) {
                saved = true;
            }

            @Override
            public boolean isCancelled() {
                return saved;
            }
        };
        assertThatThrownBy(() -> service.apply(plan, cancelAfterFirstSave)).isInstanceOf(CancelledException.class);
        assertThat(repository.holdersOf(unpad)).isEmpty();
        assertThat(repository.holdersOf(itb)).isEmpty();
    }

    @Test
    void fileWithoutARequiredColumnIsRefused() {
        assertThatThrownBy(() -> service.importFile(file("nama;jenis\nSiti;mahasiswa\n"), Progress.NONE))
                .isInstanceOfSatisfying(ImportRefusedException.class, refused -> assertThat(refused.reasons())
                        .extracting(e -> e.messageKey()).containsOnly("import.error.missingColumn"));
        assertThatThrownBy(() -> service.importFile(new ByteArrayInputStream(new byte[] {'n', (byte) 0xE9, '\n'}),
                Progress.NONE)).isInstanceOf(ImportRefusedException.class);
        assertThat(repository.holdersOf(unpad)).isEmpty();
    }

    @Test
    void aWorkbookWithNumericNumbersImportsAndReImportUpdates() throws Exception {
        Object[] heading = {"Nomor", "Nama", "Perpustakaan asal", "Jenis", "Telepon"};
        // Student numbers typed into a spreadsheet become numeric cells; they must come back without ".0".
        Object[] siti = {180110220001L, "Siti Nurhaliza", "UNPAD", "mahasiswa", "0812-2233-4455"};
        Object[] rizky = {13519001, "Rizky", "itb", "dosen"};
        Object[] unknown = {999, "Tanpa Kampus", "UNKNOWN"};

        HolderImportReport first = service.importFile(TestWorkbooks.xlsx(heading, siti, rizky, unknown), Progress.NONE);
        HolderImportReport again = service.importFile(TestWorkbooks.xlsx(heading, siti), Progress.NONE);

        assertThat(first.created()).isEqualTo(2);
        assertThat(first.rejected()).singleElement().satisfies(row -> {
            assertThat(row.rowNumber()).isEqualTo(4);
            assertThat(row.reasons()).extracting(e -> e.messageKey())
                    .containsExactly("holder.import.error.library.unknown");
        });
        assertThat(again.updated()).isEqualTo(1);
        assertThat(again.created()).isZero();
        assertThat(repository.holdersOf(unpad)).singleElement().satisfies(holder -> {
            assertThat(holder.number()).isEqualTo("180110220001");
            assertThat(holder.phone()).isEqualTo("0812-2233-4455");
        });
        assertThat(repository.holdersOf(itb)).singleElement()
                .satisfies(holder -> assertThat(holder.kind()).isEqualTo(HolderKind.LECTURER));
    }
}
