package id.jalin.member.domain.csv;

import id.jalin.kernel.access.TestPermissions;
import id.jalin.kernel.importing.ImportPlan;
import id.jalin.kernel.importing.ImportRefusedException;
import id.jalin.kernel.importing.Planned;
import id.jalin.kernel.importing.RejectedRow;
import id.jalin.kernel.importing.TestWorkbooks;
import static id.jalin.member.domain.csv.CsvFiles.csv;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.jalin.kernel.money.Money;
import id.jalin.kernel.task.Progress;
import id.jalin.kernel.validation.FieldError;
import id.jalin.member.domain.ForumRole;
import id.jalin.member.domain.InMemoryMemberRepository;
import id.jalin.member.domain.Library;
import id.jalin.member.domain.LibraryKind;
import id.jalin.member.domain.Member;
import id.jalin.member.domain.MemberStatus;
import id.jalin.member.domain.StaffMember;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading member files into a plan, before anything is stored. */
class MemberImportReadTest {
    private final MemberImportService service = new MemberImportService(new InMemoryMemberRepository(), TestPermissions.AS_COORDINATOR);

    private ImportPlan<Member> read(InputStream in) throws Exception {
        return service.read(in, Progress.NONE);
    }

    /** The planned members keyed by code, in file order. */
    private static Map<String, Planned<Member>> byCode(ImportPlan<Member> plan) {
        Map<String, Planned<Member>> byCode = new LinkedHashMap<>();
        plan.items().forEach(planned -> byCode.put(planned.value().library().code(), planned));
        return byCode;
    }

    private static Library library(ImportPlan<Member> plan, String code) {
        return byCode(plan).get(code).value().library();
    }

    @Test
    void readsIndonesianHeadingsInAnyOrderAndIgnoresUnknownColumns() throws Exception {
        ImportPlan<Member> plan = read(csv(
                "Nama;KODE;jenis;kota;iuran_tahunan;jumlah_judul;bergabung;status;kolom_lain;nama_staf;peran_staf",
                "Perpustakaan UPI;upi;Universitas;Bandung;Rp 2.500.000;120.500;15/08/2009;aktif;x;Asep Nugraha;koordinator"));

        assertThat(plan.rejected()).isEmpty();
        Library upi = library(plan, "UPI");
        assertThat(upi.id()).isNull();
        assertThat(upi.name()).isEqualTo("Perpustakaan UPI");
        assertThat(upi.kind()).isEqualTo(LibraryKind.UNIVERSITY);
        assertThat(upi.city()).isEqualTo("Bandung");
        assertThat(upi.yearlyDues()).isEqualTo(Money.of(2_500_000));
        assertThat(upi.collectionTitles()).isEqualTo(120_500);
        assertThat(upi.joinedOn()).isEqualTo(LocalDate.of(2009, 8, 15));
        assertThat(upi.status()).isEqualTo(MemberStatus.ACTIVE);
        assertThat(byCode(plan).get("UPI").value().staff()).singleElement()
                .extracting(StaffMember::name, StaffMember::role)
                .containsExactly("Asep Nugraha", ForumRole.COORDINATOR);
    }

    @Test
    void readsEnglishHeadingsFromCommaSeparatedFile() throws Exception {
        ImportPlan<Member> plan = read(csv(
                "code,name,kind,joined,yearly_dues,collection_titles,status,staff_name,staff_role",
                "ITB,Perpustakaan ITB,institute,2008-01-20,1250000,\"250,000\",SUSPENDED,Dewi Lestari,contact person"));

        assertThat(plan.rejected()).isEmpty();
        Library itb = library(plan, "ITB");
        assertThat(itb.kind()).isEqualTo(LibraryKind.INSTITUTE);
        assertThat(itb.joinedOn()).isEqualTo(LocalDate.of(2008, 1, 20));
        assertThat(itb.yearlyDues()).isEqualTo(Money.of(1_250_000));
        assertThat(itb.collectionTitles()).isEqualTo(250_000);
        assertThat(itb.status()).isEqualTo(MemberStatus.SUSPENDED);
        assertThat(byCode(plan).get("ITB").value().staff().get(0).role()).isEqualTo(ForumRole.CONTACT_PERSON);
    }

    @Test
    void stripsByteOrderMarkBeforeTheFirstHeading() throws Exception {
        ImportPlan<Member> plan = read(csv("\ufeffcode;name;kind", "UNPAR;Perpustakaan Unpar;universitas"));

        assertThat(plan.rejected()).isEmpty();
        assertThat(byCode(plan)).containsOnlyKeys("UNPAR");
    }

    @Test
    void keepsDelimiterInsideQuotedFields() throws Exception {
        ImportPlan<Member> semicolons = read(csv("code;name;kind;notes",
                "UNISBA;\"Perpustakaan Unisba; Pusat\";universitas;\"a;b\""));
        ImportPlan<Member> commas = read(csv("code,name,kind,address",
                "UNPAK,Perpustakaan Unpak,universitas,\"Jl. Pakuan, Tegallega\""));

        assertThat(library(semicolons, "UNISBA").name()).isEqualTo("Perpustakaan Unisba; Pusat");
        assertThat(library(semicolons, "UNISBA").notes()).isEqualTo("a;b");
        assertThat(library(commas, "UNPAK").address()).isEqualTo("Jl. Pakuan, Tegallega");
    }

    @Test
    void acceptsIndonesianAndEnglishWordsForKindStatusAndRole() throws Exception {
        ImportPlan<Member> plan = read(csv("code;name;kind;status;staff_name;staff_role",
                "A1;Lib A;Sekolah Tinggi;keluar;Budi;sekretaris",
                "A2;Lib B;politeknik;dibekukan;Cici;tidak ada",
                "A3;Lib C;akademi;;Dodi;",
                "A4;Lib D;college;left;Euis;narahubung"));

        assertThat(plan.rejected()).isEmpty();
        assertThat(plan.items()).extracting(p -> p.value().library().kind()).containsExactly(
                LibraryKind.COLLEGE, LibraryKind.POLYTECHNIC, LibraryKind.ACADEMY, LibraryKind.COLLEGE);
        assertThat(plan.items()).extracting(p -> p.value().library().status()).containsExactly(
                MemberStatus.LEFT, MemberStatus.SUSPENDED, MemberStatus.ACTIVE, MemberStatus.LEFT);
        assertThat(plan.items()).extracting(p -> p.value().staff().get(0).role()).containsExactly(
                ForumRole.SECRETARY, ForumRole.NONE, ForumRole.NONE, ForumRole.CONTACT_PERSON);
    }

    @Test
    void refusesFileWithoutCodeOrNameColumn() {
        assertThatThrownBy(() -> read(csv("kode;institusi", "X;Y")))
                .isInstanceOfSatisfying(ImportRefusedException.class, refused ->
                        assertThat(refused.reasons()).extracting(FieldError::messageKey, e -> e.args().get(0))
                                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                                        "import.error.missingColumn", "name")));
    }

    @Test
    void refusesFileThatNamesAColumnTwice() {
        assertThatThrownBy(() -> read(csv("code;kode;name", "X;X;Y")))
                .isInstanceOfSatisfying(ImportRefusedException.class, refused ->
                        assertThat(refused.reasons()).extracting(FieldError::messageKey)
                                .containsExactly("import.error.duplicateColumn"));
    }

    @Test
    void readsAFileSavedAsWindows1252WithItsLettersIntact() throws Exception {
        // Excel's plain "CSV" on Windows; it used to be refused, now the names come through unchanged.
        byte[] windows1252 = "code;name;kind\r\nX;Perpustakaan Bandung ñ;universitas"
                .getBytes(Charset.forName("windows-1252"));

        ImportPlan<Member> plan = read(new ByteArrayInputStream(windows1252));

        assertThat(plan.rejected()).isEmpty();
        assertThat(library(plan, "X").name()).isEqualTo("Perpustakaan Bandung ñ");
    }

    @Test
    void readsAWorkbookWithTypedNumberAndDateCells() throws Exception {
        ImportPlan<Member> plan = read(TestWorkbooks.xlsx(
                new Object[] {"Daftar anggota Forum Perpustakaan Perguruan Tinggi"},
                new Object[] {"kode", "nama", "jenis", "iuran_tahunan", "jumlah_judul", "bergabung", "nama_staf",
                        "telepon_staf"},
                new Object[] {"UNPAD", "Perpustakaan Unpad", "universitas", 2_500_000, 185_000,
                        LocalDate.of(2008, 3, 12), "Rina Marlina", "0812-2233-4455"},
                new Object[] {"ITB", "Perpustakaan ITB", "institut", "Rp 1.250.000", "250.000", "20/01/2008"},
                new Object[] {"BAD", "Perpustakaan X", "universitas", 1250.5, 12.5}));

        assertThat(byCode(plan)).containsOnlyKeys("UNPAD", "ITB");
        assertThat(library(plan, "UNPAD").yearlyDues()).isEqualTo(Money.of(2_500_000));
        assertThat(library(plan, "UNPAD").collectionTitles()).isEqualTo(185_000);
        assertThat(library(plan, "UNPAD").joinedOn()).isEqualTo(LocalDate.of(2008, 3, 12));
        assertThat(byCode(plan).get("UNPAD").value().staff()).extracting(StaffMember::phone)
                .containsExactly("0812-2233-4455");
        assertThat(library(plan, "ITB").joinedOn()).isEqualTo(LocalDate.of(2008, 1, 20));
        assertThat(byCode(plan).get("ITB").rowNumber()).isEqualTo(4);
        assertThat(plan.rejected()).singleElement().satisfies(row -> {
            assertThat(row.rowNumber()).isEqualTo(5);
            assertThat(row.reasons()).extracting(FieldError::field, FieldError::messageKey).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("yearly_dues", "import.error.money"),
                    org.assertj.core.groups.Tuple.tuple("collection_titles", "import.error.number"));
        });
    }

    @Test
    void refusesEmptyFileAndUnterminatedQuote() {
        assertThatThrownBy(() -> read(csv(""))).isInstanceOf(ImportRefusedException.class);
        assertThatThrownBy(() -> read(csv("code;name", "X;\"open", "Y;Z")))
                .isInstanceOfSatisfying(ImportRefusedException.class, refused ->
                        assertThat(refused.reasons()).extracting(FieldError::messageKey)
                                .containsExactly("import.error.malformed"));
    }

    @Test
    void laterRowsOfTheSameCodeAddStaffToTheFirstRowsLibrary() throws Exception {
        ImportPlan<Member> plan = read(csv("code;name;kind;city;staff_name;staff_email",
                "TELU;Perpustakaan Telkom University;universitas;Bandung;Rina;rina@telkomuniversity.ac.id",
                "TELU;;;;Yayan;",
                "telu;Perpustakaan Telkom University;;Jakarta;Wawan;"));

        assertThat(plan.rejected()).isEmpty();
        Member telu = byCode(plan).get("TELU").value();
        assertThat(telu.library().city()).isEqualTo("Bandung");
        assertThat(telu.staff()).extracting(StaffMember::name).containsExactly("Rina", "Yayan", "Wawan");
        assertThat(byCode(plan).get("TELU").rowNumber()).isEqualTo(2);
    }

    @Test
    void rejectsRowWithUnreadableCellsNamingEachProblem() throws Exception {
        ImportPlan<Member> plan = read(csv("code;name;kind;joined;yearly_dues;collection_titles;status",
                "BAD;Perpustakaan X;pesantren;31/02/2020;Rp 1.250,50;12.5;tidur"));

        assertThat(plan.items()).isEmpty();
        assertThat(plan.rejected()).singleElement().satisfies(row -> {
            assertThat(row.rowNumber()).isEqualTo(2);
            assertThat(row.reasons()).extracting(FieldError::field, FieldError::messageKey).containsExactlyInAnyOrder(
                    org.assertj.core.groups.Tuple.tuple("kind", "member.import.error.kind"),
                    org.assertj.core.groups.Tuple.tuple("joined", "import.error.date"),
                    org.assertj.core.groups.Tuple.tuple("yearly_dues", "import.error.money"),
                    org.assertj.core.groups.Tuple.tuple("collection_titles", "import.error.number"),
                    org.assertj.core.groups.Tuple.tuple("status", "member.import.error.status"));
            assertThat(row.rawValues()).containsExactly(
                    "BAD", "Perpustakaan X", "pesantren", "31/02/2020", "Rp 1.250,50", "12.5", "tidur");
        });
    }

    @Test
    void rejectsLaterRowsOfACodeWhoseLibraryRowWasRejected() throws Exception {
        ImportPlan<Member> plan = read(csv("code;name;kind;staff_name",
                "UNSIL;Perpustakaan Unsil;;Ani",
                "UNSIL;;;Bambang"));

        assertThat(plan.items()).isEmpty();
        assertThat(plan.rejected()).extracting(RejectedRow::rowNumber).containsExactly(2, 3);
        assertThat(plan.rejected().get(0).reasons()).extracting(FieldError::messageKey)
                .containsExactly("member.error.kind.required");
        assertThat(plan.rejected().get(1).reasons()).singleElement()
                .extracting(FieldError::messageKey, FieldError::args)
                .containsExactly("member.import.error.libraryRowRejected", List.of("UNSIL", 2));
    }

    @Test
    void badStaffOnTheFirstRowLetsTheNextRowOfTheCodeDefineTheLibrary() throws Exception {
        ImportPlan<Member> plan = read(csv("code;name;kind;staff_name;staff_email;staff_phone",
                "UNIKU;Perpustakaan Uniku;universitas;;x@uniku.ac.id;",
                "UNIKU;Perpustakaan Uniku;universitas;Cucu;bukan-email;12",
                "UNIKU;Perpustakaan Uniku;universitas;Dede;dede@uniku.ac.id;0812-1111-2222"));

        assertThat(plan.rejected()).extracting(RejectedRow::rowNumber).containsExactly(2, 3);
        assertThat(plan.rejected().get(0).reasons()).extracting(FieldError::messageKey)
                .containsExactly("member.import.error.staffNameMissing");
        assertThat(plan.rejected().get(1).reasons()).extracting(FieldError::messageKey)
                .containsExactly("member.error.email.shape", "member.error.phone.shape");
        assertThat(byCode(plan).get("UNIKU").rowNumber()).isEqualTo(4);
        assertThat(byCode(plan).get("UNIKU").value().staff()).extracting(StaffMember::name).containsExactly("Dede");
    }

    @Test
    void rejectsSecondStaffOfTheSameNameAndARowThatReusesACodeForAnotherLibrary() throws Exception {
        ImportPlan<Member> plan = read(csv("code;name;kind;staff_name",
                "UGJ;Perpustakaan UGJ;universitas;Iis Aisyah",
                "UGJ;;;IIS AISYAH",
                "UGJ;Perpustakaan Lain;universitas;Jajang"));

        assertThat(byCode(plan).get("UGJ").value().staff()).extracting(StaffMember::name)
                .containsExactly("Iis Aisyah");
        assertThat(plan.rejected()).extracting(row -> row.reasons().get(0).messageKey()).containsExactly(
                "member.error.staffName.duplicate", "member.import.error.codeClash");
    }

    @Test
    void countsRowsAsASpreadsheetDoesSkippingBlankLines() throws Exception {
        ImportPlan<Member> plan = read(csv("code;name;kind", "", "A;Lib A;akademi", ";;", "B;;akademi"));

        assertThat(byCode(plan)).containsOnlyKeys("A");
        assertThat(plan.rejected()).singleElement().extracting(RejectedRow::rowNumber).isEqualTo(5);
    }

    @Test
    void shippedExampleFileReadsWithoutRejections() throws Exception {
        ImportPlan<Member> plan = read(CsvFiles.example());

        assertThat(plan.rejected()).isEmpty();
        assertThat(byCode(plan)).containsOnlyKeys("UNPAD", "POLBAN", "AKT-CMH");
        assertThat(byCode(plan).get("UNPAD").value().staff()).hasSize(2);
        assertThat(library(plan, "UNPAD").notes()).isEqualTo("Koleksi skripsi; tesis; disertasi");
        assertThat(library(plan, "AKT-CMH").status()).isEqualTo(MemberStatus.SUSPENDED);
        assertThat(byCode(plan).get("AKT-CMH").value().staff()).isEmpty();
    }

    @Test
    void documentedIndonesianCommaExampleReads() throws Exception {
        ImportPlan<Member> plan = read(csv(
                "kode,nama,jenis,kota,iuran_tahunan,jumlah_judul,bergabung,nama_staf,peran_staf",
                "UNPAD,Perpustakaan Universitas Padjadjaran,universitas,Jatinangor,\"Rp 2.500.000\",185.000,"
                        + "12/03/2008,Rina Marlina,narahubung"));

        assertThat(plan.rejected()).isEmpty();
        assertThat(library(plan, "UNPAD").collectionTitles()).isEqualTo(185_000);
        assertThat(library(plan, "UNPAD").yearlyDues()).isEqualTo(Money.of(2_500_000));
    }

    @Test
    void reportsReadingProgressAndStopsOnCancel() {
        Progress cancelled = id.jalin.kernel.task.TestProgress.CANCELLED;

        assertThatThrownBy(() -> service.read(csv("code;name;kind", "A;Lib A;akademi"), cancelled))
                .isInstanceOf(id.jalin.kernel.task.CancelledException.class);
    }
}
