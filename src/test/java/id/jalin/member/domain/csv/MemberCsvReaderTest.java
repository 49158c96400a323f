package id.jalin.member.domain.csv;

import id.jalin.kernel.csv.CsvRefusedException;
import id.jalin.kernel.csv.RejectedRow;
import id.jalin.kernel.csv.DelimiterDetector;
import static id.jalin.member.domain.csv.CsvFiles.csv;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.jalin.kernel.money.Money;
import id.jalin.kernel.task.Progress;
import id.jalin.kernel.validation.FieldError;
import id.jalin.member.domain.ForumRole;
import id.jalin.member.domain.Library;
import id.jalin.member.domain.LibraryKind;
import id.jalin.member.domain.Member;
import id.jalin.member.domain.MemberStatus;
import id.jalin.member.domain.StaffMember;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MemberCsvReaderTest {
    private final MemberCsvReader reader = new MemberCsvReader();

    private ImportPlan read(InputStream in) throws Exception {
        return reader.read(in, Progress.NONE);
    }

    private static Library library(ImportPlan plan, String code) {
        return plan.byCode().get(code).member().library();
    }

    @Test
    void readsIndonesianHeadingsInAnyOrderAndIgnoresUnknownColumns() throws Exception {
        ImportPlan plan = read(csv(
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
        assertThat(plan.byCode().get("UPI").member().staff()).singleElement()
                .extracting(StaffMember::name, StaffMember::role)
                .containsExactly("Asep Nugraha", ForumRole.COORDINATOR);
    }

    @Test
    void readsEnglishHeadingsFromCommaSeparatedFile() throws Exception {
        ImportPlan plan = read(csv(
                "code,name,kind,joined,yearly_dues,collection_titles,status,staff_name,staff_role",
                "ITB,Perpustakaan ITB,institute,2008-01-20,1250000,\"250,000\",SUSPENDED,Dewi Lestari,contact person"));

        assertThat(plan.rejected()).isEmpty();
        Library itb = library(plan, "ITB");
        assertThat(itb.kind()).isEqualTo(LibraryKind.INSTITUTE);
        assertThat(itb.joinedOn()).isEqualTo(LocalDate.of(2008, 1, 20));
        assertThat(itb.yearlyDues()).isEqualTo(Money.of(1_250_000));
        assertThat(itb.collectionTitles()).isEqualTo(250_000);
        assertThat(itb.status()).isEqualTo(MemberStatus.SUSPENDED);
        assertThat(plan.byCode().get("ITB").member().staff().get(0).role()).isEqualTo(ForumRole.CONTACT_PERSON);
    }

    @Test
    void stripsByteOrderMarkBeforeTheFirstHeading() throws Exception {
        ImportPlan plan = read(csv("\ufeffcode;name;kind", "UNPAR;Perpustakaan Unpar;universitas"));

        assertThat(plan.rejected()).isEmpty();
        assertThat(plan.byCode()).containsOnlyKeys("UNPAR");
    }

    @Test
    void keepsDelimiterInsideQuotedFields() throws Exception {
        ImportPlan semicolons = read(csv("code;name;kind;notes",
                "UNISBA;\"Perpustakaan Unisba; Pusat\";universitas;\"a;b\""));
        ImportPlan commas = read(csv("code,name,kind,address",
                "UNPAK,Perpustakaan Unpak,universitas,\"Jl. Pakuan, Tegallega\""));

        assertThat(library(semicolons, "UNISBA").name()).isEqualTo("Perpustakaan Unisba; Pusat");
        assertThat(library(semicolons, "UNISBA").notes()).isEqualTo("a;b");
        assertThat(library(commas, "UNPAK").address()).isEqualTo("Jl. Pakuan, Tegallega");
    }

    @Test
    void picksSemicolonWhenHeaderHasAsManyCommas() {
        assertThat(DelimiterDetector.detect("code;name,x")).isEqualTo(';');
        assertThat(DelimiterDetector.detect("\"a;b;c\",code,name")).isEqualTo(',');
        assertThat(DelimiterDetector.detect("code")).isEqualTo(';');
    }

    @Test
    void acceptsIndonesianAndEnglishWordsForKindStatusAndRole() throws Exception {
        ImportPlan plan = read(csv("code;name;kind;status;staff_name;staff_role",
                "A1;Lib A;Sekolah Tinggi;keluar;Budi;sekretaris",
                "A2;Lib B;politeknik;dibekukan;Cici;tidak ada",
                "A3;Lib C;akademi;;Dodi;",
                "A4;Lib D;college;left;Euis;narahubung"));

        assertThat(plan.rejected()).isEmpty();
        assertThat(plan.members()).extracting(p -> p.member().library().kind()).containsExactly(
                LibraryKind.COLLEGE, LibraryKind.POLYTECHNIC, LibraryKind.ACADEMY, LibraryKind.COLLEGE);
        assertThat(plan.members()).extracting(p -> p.member().library().status()).containsExactly(
                MemberStatus.LEFT, MemberStatus.SUSPENDED, MemberStatus.ACTIVE, MemberStatus.LEFT);
        assertThat(plan.members()).extracting(p -> p.member().staff().get(0).role()).containsExactly(
                ForumRole.SECRETARY, ForumRole.NONE, ForumRole.NONE, ForumRole.CONTACT_PERSON);
    }

    @Test
    void refusesFileWithoutCodeOrNameColumn() {
        assertThatThrownBy(() -> read(csv("kode;institusi", "X;Y")))
                .isInstanceOfSatisfying(CsvRefusedException.class, refused ->
                        assertThat(refused.reasons()).extracting(FieldError::messageKey, e -> e.args().get(0))
                                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                                        "member.import.error.missingColumn", "name")));
    }

    @Test
    void refusesFileThatNamesAColumnTwice() {
        assertThatThrownBy(() -> read(csv("code;kode;name", "X;X;Y")))
                .isInstanceOfSatisfying(CsvRefusedException.class, refused ->
                        assertThat(refused.reasons()).extracting(FieldError::messageKey)
                                .containsExactly("member.import.error.duplicateColumn"));
    }

    @Test
    void refusesFileThatIsNotUtf8() {
        byte[] windows1252 = "code;name;kind\r\nX;Perpustakaan Bandung ñ;universitas"
                .getBytes(Charset.forName("windows-1252"));

        assertThatThrownBy(() -> read(new ByteArrayInputStream(windows1252)))
                .isInstanceOfSatisfying(CsvRefusedException.class, refused ->
                        assertThat(refused.reasons()).extracting(FieldError::messageKey)
                                .containsExactly("member.import.error.encoding"));
    }

    @Test
    void refusesEmptyFileAndUnterminatedQuote() {
        assertThatThrownBy(() -> read(csv(""))).isInstanceOf(CsvRefusedException.class);
        assertThatThrownBy(() -> read(csv("code;name", "X;\"open", "Y;Z")))
                .isInstanceOfSatisfying(CsvRefusedException.class, refused ->
                        assertThat(refused.reasons()).extracting(FieldError::messageKey)
                                .containsExactly("member.import.error.malformed"));
    }

    @Test
    void laterRowsOfTheSameCodeAddStaffToTheFirstRowsLibrary() throws Exception {
        ImportPlan plan = read(csv("code;name;kind;city;staff_name;staff_email",
                "TELU;Perpustakaan Telkom University;universitas;Bandung;Rina;rina@telkomuniversity.ac.id",
                "TELU;;;;Yayan;",
                "telu;Perpustakaan Telkom University;;Jakarta;Wawan;"));

        assertThat(plan.rejected()).isEmpty();
        Member telu = plan.byCode().get("TELU").member();
        assertThat(telu.library().city()).isEqualTo("Bandung");
        assertThat(telu.staff()).extracting(StaffMember::name).containsExactly("Rina", "Yayan", "Wawan");
        assertThat(plan.byCode().get("TELU").rowNumber()).isEqualTo(2);
    }

    @Test
    void rejectsRowWithUnreadableCellsNamingEachProblem() throws Exception {
        ImportPlan plan = read(csv("code;name;kind;joined;yearly_dues;collection_titles;status",
                "BAD;Perpustakaan X;pesantren;31/02/2020;Rp 1.250,50;12.5;tidur"));

        assertThat(plan.members()).isEmpty();
        assertThat(plan.rejected()).singleElement().satisfies(row -> {
            assertThat(row.rowNumber()).isEqualTo(2);
            assertThat(row.reasons()).extracting(FieldError::field, FieldError::messageKey).containsExactlyInAnyOrder(
                    org.assertj.core.groups.Tuple.tuple("kind", "member.import.error.kind"),
                    org.assertj.core.groups.Tuple.tuple("joined", "member.import.error.date"),
                    org.assertj.core.groups.Tuple.tuple("yearly_dues", "member.import.error.money"),
                    org.assertj.core.groups.Tuple.tuple("collection_titles", "member.import.error.number"),
                    org.assertj.core.groups.Tuple.tuple("status", "member.import.error.status"));
            assertThat(row.rawValues()).containsExactly(
                    "BAD", "Perpustakaan X", "pesantren", "31/02/2020", "Rp 1.250,50", "12.5", "tidur");
        });
    }

    @Test
    void rejectsLaterRowsOfACodeWhoseLibraryRowWasRejected() throws Exception {
        ImportPlan plan = read(csv("code;name;kind;staff_name",
                "UNSIL;Perpustakaan Unsil;;Ani",
                "UNSIL;;;Bambang"));

        assertThat(plan.members()).isEmpty();
        assertThat(plan.rejected()).extracting(RejectedRow::rowNumber).containsExactly(2, 3);
        assertThat(plan.rejected().get(0).reasons()).extracting(FieldError::messageKey)
                .containsExactly("member.error.kind.required");
        assertThat(plan.rejected().get(1).reasons()).singleElement()
                .extracting(FieldError::messageKey, FieldError::args)
                .containsExactly("member.import.error.libraryRowRejected", List.of("UNSIL", 2));
    }

    @Test
    void badStaffOnTheFirstRowLetsTheNextRowOfTheCodeDefineTheLibrary() throws Exception {
        ImportPlan plan = read(csv("code;name;kind;staff_name;staff_email;staff_phone",
                "UNIKU;Perpustakaan Uniku;universitas;;x@uniku.ac.id;",
                "UNIKU;Perpustakaan Uniku;universitas;Cucu;bukan-email;12",
                "UNIKU;Perpustakaan Uniku;universitas;Dede;dede@uniku.ac.id;0812-1111-2222"));

        assertThat(plan.rejected()).extracting(RejectedRow::rowNumber).containsExactly(2, 3);
        assertThat(plan.rejected().get(0).reasons()).extracting(FieldError::messageKey)
                .containsExactly("member.import.error.staffNameMissing");
        assertThat(plan.rejected().get(1).reasons()).extracting(FieldError::messageKey)
                .containsExactly("member.error.email.shape", "member.error.phone.shape");
        assertThat(plan.byCode().get("UNIKU").rowNumber()).isEqualTo(4);
        assertThat(plan.byCode().get("UNIKU").member().staff()).extracting(StaffMember::name).containsExactly("Dede");
    }

    @Test
    void rejectsSecondStaffOfTheSameNameAndARowThatReusesACodeForAnotherLibrary() throws Exception {
        ImportPlan plan = read(csv("code;name;kind;staff_name",
                "UGJ;Perpustakaan UGJ;universitas;Iis Aisyah",
                "UGJ;;;IIS AISYAH",
                "UGJ;Perpustakaan Lain;universitas;Jajang"));

        assertThat(plan.byCode().get("UGJ").member().staff()).extracting(StaffMember::name)
                .containsExactly("Iis Aisyah");
        assertThat(plan.rejected()).extracting(row -> row.reasons().get(0).messageKey()).containsExactly(
                "member.error.staffName.duplicate", "member.import.error.codeClash");
    }

    @Test
    void countsRowsAsASpreadsheetDoesSkippingBlankLines() throws Exception {
        ImportPlan plan = read(csv("code;name;kind", "", "A;Lib A;akademi", ";;", "B;;akademi"));

        assertThat(plan.byCode()).containsOnlyKeys("A");
        assertThat(plan.rejected()).singleElement().extracting(RejectedRow::rowNumber).isEqualTo(5);
    }

    @Test
    void shippedExampleFileReadsWithoutRejections() throws Exception {
        ImportPlan plan = read(CsvFiles.example());

        assertThat(plan.rejected()).isEmpty();
        assertThat(plan.byCode()).containsOnlyKeys("UNPAD", "POLBAN", "AKT-CMH");
        assertThat(plan.byCode().get("UNPAD").member().staff()).hasSize(2);
        assertThat(library(plan, "UNPAD").notes()).isEqualTo("Koleksi skripsi; tesis; disertasi");
        assertThat(library(plan, "AKT-CMH").status()).isEqualTo(MemberStatus.SUSPENDED);
        assertThat(plan.byCode().get("AKT-CMH").member().staff()).isEmpty();
    }

    @Test
    void documentedIndonesianCommaExampleReads() throws Exception {
        ImportPlan plan = read(csv(
                "kode,nama,jenis,kota,iuran_tahunan,jumlah_judul,bergabung,nama_staf,peran_staf",
                "UNPAD,Perpustakaan Universitas Padjadjaran,universitas,Jatinangor,\"Rp 2.500.000\",185.000,"
                        + "12/03/2008,Rina Marlina,narahubung"));

        assertThat(plan.rejected()).isEmpty();
        assertThat(library(plan, "UNPAD").collectionTitles()).isEqualTo(185_000);
        assertThat(library(plan, "UNPAD").yearlyDues()).isEqualTo(Money.of(2_500_000));
    }

    @Test
    void reportsReadingProgressAndStopsOnCancel() {
        Progress cancelled = new Progress() {
            @Override
            public void update(long done, long total) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };

        assertThatThrownBy(() -> reader.read(csv("code;name;kind", "A;Lib A;akademi"), cancelled))
                .isInstanceOf(id.jalin.kernel.task.CancelledException.class);
    }
}
