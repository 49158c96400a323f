package id.jalin.training.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.jalin.kernel.access.Permissions;
import id.jalin.kernel.access.TestActors;
import id.jalin.kernel.audit.TestAudit;
import id.jalin.kernel.db.Database;
import id.jalin.kernel.db.TestDatabases;
import id.jalin.kernel.importing.ImportRefusedException;
import id.jalin.kernel.importing.RejectedRow;
import id.jalin.kernel.money.Money;
import id.jalin.kernel.task.Progress;
import id.jalin.kernel.validation.FieldError;
import id.jalin.kernel.validation.SaveResult;
import id.jalin.member.data.JooqMemberRepository;
import id.jalin.member.domain.Libraries;
import id.jalin.member.domain.Member;
import id.jalin.training.domain.EventKind;
import id.jalin.training.domain.EventStatus;
import id.jalin.training.domain.ParticipantRole;
import id.jalin.training.domain.Registration;
import id.jalin.training.domain.RegistrationImportReport;
import id.jalin.training.domain.RegistrationStatus;
import id.jalin.training.domain.TrainingEvent;
import id.jalin.training.domain.TrainingMember;
import id.jalin.training.domain.TrainingMembers;
import id.jalin.training.domain.TrainingService;
import id.jalin.training.domain.TrainingSession;
import id.jalin.training.domain.TrainingStaff;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A sign-up form's export imported through the one pipeline: staff found in the register by e-mail or name, guests,
 * seats then the waiting list in file order, and every bad row set aside with its reason.
 */
class RegistrationImportTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private Database database;
    private long itb;
    private TrainingService training;
    private TrainingEvent event;

    @BeforeEach
    void open() {
        database = TestDatabases.h2();
        var members = new JooqMemberRepository(database.dsl(), TestAudit.TRAIL);
        itb = members.save(new Member(Libraries.library("ITB", "Perpustakaan ITB"), List.of())).library().id();
        long upi = members.save(new Member(Libraries.library("UPI", "Perpustakaan UPI"), List.of())).library().id();
        TrainingMembers register = new TrainingMembers() {
            @Override
            public List<TrainingMember> all() {
                return List.of(new TrainingMember(itb, "ITB", "Perpustakaan ITB", true),
                        new TrainingMember(upi, "UPI", "Perpustakaan UPI", true));
            }

            @Override
            public List<TrainingStaff> staff(long memberId) {
                return memberId == itb ? List.of(new TrainingStaff(501, itb, "Andi Wijaya", "Pustakawan",
                        "andi@itb.ac.id"), new TrainingStaff(502, itb, "Bunga Lestari", "Pustakawan", "")) : List.of();
            }
        };
        training = new TrainingService(new JooqTrainingRepository(database.dsl(), TestAudit.TRAIL), register,
                () -> "FPPTI-JABAR", Clock.fixed(Instant.parse("2026-12-01T03:00:00Z"), ZoneId.of("Asia/Jakarta")),
                new Permissions(TestActors.AS_COORDINATOR));
        TrainingEvent draft = saved(training.createEvent(TrainingEvent.planned(EventKind.WORKSHOP, "Lokakarya RDA",
                "", upi, "Aula UPI", TODAY, TODAY, TODAY, 3, 2, Money.of(100_000), "", "", "", "")));
        saved(training.addSession(TrainingSession.of(draft.id(), TODAY, LocalTime.of(9, 0), LocalTime.of(12, 0),
                "Dasar RDA", "")));
        event = saved(training.move(draft, EventStatus.OPEN));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aFormExportRegistersStaffAndGuestsInFileOrderAndSetsBadRowsAside() throws Exception {
        String file = String.join("\n",
                "Timestamp;Nama Lengkap;Email Address;Asal Instansi;Kode Anggota;Peran;Nomor Kartu",
                "01/12/2026 08:00;Andi W.;ANDI@itb.ac.id;;ITB;peserta;",
                "01/12/2026 08:01;Bunga Lestari;;;itb;Peserta;K-77",
                "01/12/2026 08:02;Cici;cici@contoh.id;Perpustakaan Kota;;;",
                "01/12/2026 08:03;Dodi;dodi@contoh.id;Perpustakaan Kota;;;",
                "01/12/2026 08:04;Eko;eko@itb.ac.id;;ITB;;",
                "01/12/2026 08:05;Fani;fani@contoh;Umum;;;",
                "01/12/2026 08:06;Gita;gita@contoh.id;Umum;XYZ;;",
                "01/12/2026 08:07;Hadi;hadi@contoh.id;Umum;;moderator;",
                "01/12/2026 08:08;Cici;cici@contoh.id;Perpustakaan Kota;;;",
                "01/12/2026 08:09;Dr. Ira;ira@upi.edu;UPI;;pemateri;",
                "01/12/2026 08:10;;kosong@contoh.id;Umum;;;") + "\n";
        RegistrationImportReport report = training.registrationImport(event.id()).importFile(csv(file),
                Progress.NONE);

        List<Registration> stored = training.registrations(event.id());
        assertThat(stored).extracting(Registration::name, Registration::status, Registration::role)
                .containsExactly(tuple("Andi Wijaya", RegistrationStatus.REGISTERED, ParticipantRole.PARTICIPANT),
                        tuple("Bunga Lestari", RegistrationStatus.REGISTERED, ParticipantRole.PARTICIPANT),
                        tuple("Cici", RegistrationStatus.REGISTERED, ParticipantRole.PARTICIPANT),
                        tuple("Dodi", RegistrationStatus.WAITING, ParticipantRole.PARTICIPANT),
                        tuple("Dr. Ira", RegistrationStatus.REGISTERED, ParticipantRole.SPEAKER));
        assertThat(stored.get(0).staffId()).isEqualTo(501L);
        assertThat(stored.get(1).cardNumber()).isEqualTo("K-77");
        assertThat(report.registered()).isEqualTo(4);
        assertThat(report.waiting()).isEqualTo(1);
        assertThat(report.rejected()).extracting(RejectedRow::rowNumber).containsExactly(6, 7, 8, 9, 10, 12);
        assertThat(reasons(report, 6)).containsExactly("name:training.error.quotaReached");
        assertThat(reasons(report, 7)).containsExactly("email:training.error.email");
        assertThat(reasons(report, 8)).containsExactly("member_code:training.import.memberCode");
        assertThat(reasons(report, 9)).containsExactly("role:training.import.role");
        assertThat(reasons(report, 10)).containsExactly("name:training.import.twiceInFile");
        assertThat(reasons(report, 12)).containsExactly("name:training.error.personName");
    }

    @Test
    void aWorkbookWithEnglishHeadingsImportsToo() throws Exception {
        RegistrationImportReport report = training.registrationImport(event.id()).importFile(xlsx(), Progress.NONE);
        assertThat(report.registered()).isEqualTo(1);
        assertThat(training.registrations(event.id())).extracting(Registration::name, Registration::institution)
                .containsExactly(tuple("Lia Amalia", "Perpustakaan ITB"));
    }

    @Test
    void aFileWithoutTheNameColumnIsRefusedAndStoresNothing() {
        assertThatThrownBy(() -> training.registrationImport(event.id()).importFile(
                csv("email;instansi\na@contoh.id;Umum\n"), Progress.NONE))
                .isInstanceOf(ImportRefusedException.class);
        assertThat(training.registrations(event.id())).isEmpty();
    }

    private static List<String> reasons(RegistrationImportReport report, int row) {
        return report.rejected().stream().filter(rejected -> rejected.rowNumber() == row).findFirst().orElseThrow()
                .reasons().stream().map(RegistrationImportTest::key).toList();
    }

    private static String key(FieldError error) {
        return error.field() + ":" + error.messageKey();
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }

    private static InputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static InputStream xlsx() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Form Responses 1");
            Row header = sheet.createRow(0);
            String[] headings = {"Full name", "E-mail", "Member code", "Role"};
            for (int i = 0; i < headings.length; i++) {
                header.createCell(i).setCellValue(headings[i]);
            }
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("Lia Amalia");
            row.createCell(1).setCellValue("lia@itb.ac.id");
            row.createCell(2).setCellValue("ITB");
            row.createCell(3).setCellValue("participant");
            workbook.write(out);
            return new ByteArrayInputStream(out.toByteArray());
        }
    }

    private static <T> T saved(SaveResult<T> result) {
        assertThat(result).isInstanceOf(SaveResult.Saved.class);
        return ((SaveResult.Saved<T>) result).value();
    }
}
