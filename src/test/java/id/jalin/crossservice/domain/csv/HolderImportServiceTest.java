package id.jalin.crossservice.domain.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.jalin.crossservice.domain.CardHolder;
import id.jalin.crossservice.domain.HolderKind;
import id.jalin.crossservice.domain.InMemoryCrossServiceRepository;
import id.jalin.kernel.csv.CsvRefusedException;
import id.jalin.kernel.csv.RejectedRow;
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
    private final MemberService members = new MemberService(new InMemoryMemberRepository());
    private final HolderImportService service = new HolderImportService(repository, members);
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
        HolderImportReport report = service.importCsv(file(INDONESIAN), Progress.NONE);

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
        service.importCsv(file(INDONESIAN), Progress.NONE);
        String english = "number,name,home_library,programme\n"
                + "180110220001,Siti Nurhaliza,UNPAD,Perpustakaan dan Sains Informasi\n";

        HolderImportReport report = service.importCsv(file(english), Progress.NONE);

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
        HolderImportPlan plan = service.read(file(INDONESIAN), Progress.NONE);
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
        assertThatThrownBy(() -> service.importCsv(file("nama;jenis\nSiti;mahasiswa\n"), Progress.NONE))
                .isInstanceOfSatisfying(CsvRefusedException.class, refused -> assertThat(refused.reasons())
                        .extracting(e -> e.messageKey()).containsOnly("holder.import.error.missingColumn"));
        assertThatThrownBy(() -> service.importCsv(new ByteArrayInputStream(new byte[] {'n', (byte) 0xE9, '\n'}),
                Progress.NONE)).isInstanceOf(CsvRefusedException.class);
    }
}
