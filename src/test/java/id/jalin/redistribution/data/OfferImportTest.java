package id.jalin.redistribution.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.jalin.kernel.access.Permissions;
import id.jalin.kernel.access.TestActors;
import id.jalin.kernel.audit.TestAudit;
import id.jalin.kernel.db.Database;
import id.jalin.kernel.db.TestDatabases;
import id.jalin.kernel.importing.ImportRefusedException;
import id.jalin.kernel.importing.RejectedRow;
import id.jalin.kernel.paging.PageRequest;
import id.jalin.kernel.task.Progress;
import id.jalin.kernel.validation.FieldError;
import id.jalin.member.data.JooqMemberRepository;
import id.jalin.member.domain.Libraries;
import id.jalin.member.domain.Member;
import id.jalin.redistribution.domain.AllocationRule;
import id.jalin.redistribution.domain.ItemCondition;
import id.jalin.redistribution.domain.OfferImportReport;
import id.jalin.redistribution.domain.OfferRow;
import id.jalin.redistribution.domain.OfferSort;
import id.jalin.redistribution.domain.RedistributionMember;
import id.jalin.redistribution.domain.SurplusOffer;
import id.jalin.redistribution.domain.SurplusReason;
import id.jalin.redistribution.domain.SurplusRedistribution;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Surplus offers imported from CSV and XLSX through the one import pipeline (docs/surplus-offer-import.md): good rows
 * posted together, bad rows set aside with their reasons, a file without a required column refused whole, and
 * nothing posted for a member that has left.
 */
class OfferImportTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-02T03:00:00Z"), ZoneId.of("Asia/Jakarta"));

    private Database database;
    private long itb;
    private long lama;
    private SurplusRedistribution service;

    @BeforeEach
    void open() {
        database = TestDatabases.h2();
        var members = new JooqMemberRepository(database.dsl(), TestAudit.TRAIL);
        itb = members.save(new Member(Libraries.library("ITB", "Perpustakaan ITB"), List.of())).library().id();
        lama = members.save(new Member(Libraries.library("LAMA", "Perpustakaan Lama"), List.of())).library().id();
        List<RedistributionMember> register = List.of(new RedistributionMember(itb, "ITB", "ITB", 250_000, true),
                new RedistributionMember(lama, "LAMA", "Lama", 1_000, false));
        service = new SurplusRedistribution(new JooqRedistributionRepository(database.dsl(), TestAudit.TRAIL),
                () -> register, holding -> {
                }, CLOCK, new Permissions(TestActors.AS_COORDINATOR));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void goodRowsArePostedAndBadOnesSetAsideWithTheirReasons() throws Exception {
        String csv = """
                Buku lebih Perpustakaan ITB
                Judul;Pengarang;ISBN;Tahun;Eksemplar;Kondisi;Alasan;Aturan;Tanggal tutup;Catatan
                Pengantar ilmu perpustakaan;Sulistyo-Basuki;978-0-306-40615-7;1991;3;baik;duplikat;;;Sampul agak pudar
                Metodologi penelitian;Sugiyono;;2019;2;seperti baru;kelebihan sumbangan;perpustakaan kecil dulu;20/12/2026;
                ;Tanpa judul;;;1;baik;duplikat;;;
                Nol eksemplar;;;;0;baik;duplikat;;;
                Minus eksemplar;;;;-3;baik;duplikat;;;
                ISBN salah;;978-0-306-40615-8;;1;baik;duplikat;;;
                Kondisi aneh;;;;1;lecek;duplikat;;;
                Tanpa alasan;;;;1;baik;;;;
                Kecil tanpa tanggal;;;;1;baik;penyiangan;perpustakaan kecil dulu;;
                Tanggal lewat;;;;1;baik;penyiangan;;01/11/2026;
                """;

        OfferImportReport report = service.offerImport(itb).importFile(csv(csv), Progress.NONE);

        assertThat(report.posted()).isEqualTo(2);
        assertThat(report.rejected()).extracting(RejectedRow::rowNumber).containsExactly(5, 6, 7, 8, 9, 10, 11, 12);
        assertThat(reasons(report, 5)).containsExactly("title:redistribution.error.title");
        assertThat(reasons(report, 6)).containsExactly("copies:redistribution.error.copies");
        assertThat(reasons(report, 7)).containsExactly("copies:redistribution.error.copies");
        assertThat(reasons(report, 8)).containsExactly("isbn:redistribution.error.isbn_check");
        assertThat(reasons(report, 9)).containsExactly("condition:redistribution.import.condition");
        assertThat(reasons(report, 10)).containsExactly("reason:redistribution.error.reason");
        assertThat(reasons(report, 11)).containsExactly("closing_date:redistribution.error.closing_required");
        assertThat(reasons(report, 12)).containsExactly("closing_date:redistribution.error.closing_past");
        List<SurplusOffer> posted = service.offersOf(itb, PageRequest.first(OfferSort.TITLE)).rows().stream()
                .map(OfferRow::offer).toList();
        assertThat(posted).extracting(SurplusOffer::title).containsExactly("Metodologi penelitian",
                "Pengantar ilmu perpustakaan");
        assertThat(posted.get(0)).satisfies(offer -> {
            assertThat(offer.condition()).isEqualTo(ItemCondition.AS_NEW);
            assertThat(offer.reason()).isEqualTo(SurplusReason.DONATION_SURPLUS);
            assertThat(offer.rule()).isEqualTo(AllocationRule.SMALLER_FIRST);
            assertThat(offer.closingDate()).isEqualTo(LocalDate.of(2026, 12, 20));
        });
        assertThat(posted.get(1)).satisfies(offer -> {
            assertThat(offer.giverId()).isEqualTo(itb);
            assertThat(offer.author()).isEqualTo("Sulistyo-Basuki");
            assertThat(offer.year()).isEqualTo(1991);
            assertThat(offer.copies()).isEqualTo(3);
            assertThat(offer.rule()).isEqualTo(AllocationRule.FIRST_COME);
            assertThat(offer.note()).isEqualTo("Sampul agak pudar");
            assertThat(offer.postedBy()).isEqualTo(TestActors.COORDINATOR.signature());
        });
    }

    @Test
    void aWorkbookIsReadFromItsTypedCells() throws Exception {
        OfferImportReport report = service.offerImport(itb).importFile(xlsx(), Progress.NONE);

        assertThat(report.rejected()).isEmpty();
        assertThat(service.offersOf(itb, PageRequest.first(OfferSort.TITLE)).rows()).singleElement()
                .satisfies(row -> {
                    assertThat(row.offer().title()).isEqualTo("Tesaurus bahasa Indonesia");
                    assertThat(row.offer().year()).isEqualTo(2008);
                    assertThat(row.offer().copies()).isEqualTo(4);
                    assertThat(row.offer().reason()).isEqualTo(SurplusReason.WEEDED);
                    assertThat(row.offer().closingDate()).isEqualTo(LocalDate.of(2027, 1, 15));
                });
    }

    @Test
    void aFileWithoutAConditionColumnIsRefusedAndAMemberThatLeftPostsNothing() throws Exception {
        assertThatThrownBy(() -> service.offerImport(itb).importFile(csv("judul;eksemplar;alasan\nA;1;duplikat\n"),
                Progress.NONE)).isInstanceOf(ImportRefusedException.class);

        OfferImportReport report = service.offerImport(lama).importFile(csv(
                "judul;eksemplar;kondisi;alasan\nStatistika;1;baik;duplikat\n"), Progress.NONE);

        assertThat(report.posted()).isZero();
        assertThat(reasons(report, 2)).containsExactly("giver:redistribution.error.member");
        assertThat(service.offersOf(lama, PageRequest.first(OfferSort.TITLE)).total()).isZero();
    }

    private static List<String> reasons(OfferImportReport report, int row) {
        return report.rejected().stream().filter(rejected -> rejected.rowNumber() == row)
                .flatMap(rejected -> rejected.reasons().stream())
                .map((FieldError error) -> error.field() + ":" + error.messageKey()).toList();
    }

    private static InputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static InputStream xlsx() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Tawaran");
            Row header = sheet.createRow(0);
            String[] headings = {"Title", "Year", "Copies", "Condition", "Reason", "Rule", "Closing date"};
            for (int i = 0; i < headings.length; i++) {
                header.createCell(i).setCellValue(headings[i]);
            }
            CellStyle dated = workbook.createCellStyle();
            dated.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("Tesaurus bahasa Indonesia");
            row.createCell(1).setCellValue(2008);
            row.createCell(2).setCellValue(4);
            row.createCell(3).setCellValue("Fair");
            row.createCell(4).setCellValue("Weeded");
            row.createCell(5).setCellValue("Smaller first");
            row.createCell(6).setCellValue(LocalDate.of(2027, 1, 15));
            row.getCell(6).setCellStyle(dated);
            workbook.write(out);
            return new ByteArrayInputStream(out.toByteArray());
        }
    }
}
