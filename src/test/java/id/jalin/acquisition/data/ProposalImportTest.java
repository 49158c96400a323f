package id.jalin.acquisition.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.jalin.acquisition.domain.AcquisitionMember;
import id.jalin.acquisition.domain.ItemFormat;
import id.jalin.acquisition.domain.JointAcquisition;
import id.jalin.acquisition.domain.ProposalImportReport;
import id.jalin.acquisition.domain.ProposalLine;
import id.jalin.acquisition.domain.PurchaseRound;
import id.jalin.acquisition.domain.RoundStatus;
import id.jalin.acquisition.domain.SplitRule;
import id.jalin.kernel.access.Actor;
import id.jalin.kernel.access.NotPermittedException;
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
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A member's proposals imported from CSV and XLSX through the one import pipeline: good rows stored, bad rows set
 * aside with their reasons (no title, bad price, zero copies, a wrong ISBN check digit, an unknown format), and
 * nothing stored for a round that no longer takes proposals or by another library's staff.
 */
class ProposalImportTest {
    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    private Database database;
    private long itb;
    private long unpad;
    private PurchaseRound round;
    private JointAcquisition acquisition;
    private final AtomicReference<Actor> acting = new AtomicReference<>(TestActors.COORDINATOR);

    @BeforeEach
    void open() {
        database = TestDatabases.h2();
        var members = new JooqMemberRepository(database.dsl(), TestAudit.TRAIL);
        itb = members.save(new Member(Libraries.library("ITB", "Perpustakaan ITB"), List.of())).library().id();
        unpad = members.save(new Member(Libraries.library("UNPAD", "Perpustakaan Unpad"), List.of())).library().id();
        List<AcquisitionMember> register = List.of(new AcquisitionMember(itb, "ITB", "Perpustakaan ITB", true),
                new AcquisitionMember(unpad, "UNPAD", "Perpustakaan Unpad", true));
        acquisition = new JointAcquisition(new JooqAcquisitionRepository(database.dsl(), TestAudit.TRAIL),
                () -> register, probes -> List.of(), copies -> {
                }, Clock.fixed(Instant.parse("2026-12-01T03:00:00Z"), JAKARTA), new Permissions(acting::get));
        round = ((SaveResult.Saved<PurchaseRound>) acquisition.openRound(PurchaseRound.draft("Pengadaan 2027", itb,
                Money.of(100_000_000), LocalDate.of(2026, 12, 20), SplitRule.OWN_COPIES, Map.of(itb, 1L, unpad, 1L))))
                .value();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void goodRowsAreStoredAndBadOnesSetAsideWithTheirReasons() throws Exception {
        String csv = """
                Usulan Perpustakaan Unpad
                ISBN;Judul;Pengarang;Penerbit;Tahun;Edisi;Format;Bersama;Penyedia;Harga satuan;Eksemplar;Prioritas;Alasan
                978-0-306-40615-7;Pengantar statistika;Sulistyo-Basuki;Gramedia;2020;;cetak;tidak;Gramedia;Rp 250.000;3;1;Mata kuliah wajib
                ;Jurnal Pustaka;;Ikapi;2027;;langganan jurnal;ya;EBSCO;12.000.000;1;;Dipakai semua
                0306406152;;Tanpa judul;;;;;;;100000;1;;
                ;Harga salah;;;;;;;;seratus ribu;1;;
                ;Tanpa eksemplar;;;;;;;;100000;0;;
                978-0-306-40615-8;ISBN salah;;;;;;;;100000;1;;
                ;Format aneh;;;;;kaset;;;100000;1;;
                ;Harga negatif;;;;;;;;-5000;1;;
                """;
        acting.set(TestActors.staffOf(unpad));

        ProposalImportReport report = acquisition.proposalImport(round.id(), unpad).importFile(csv(csv),
                Progress.NONE);

        assertThat(report.added()).isEqualTo(2);
        assertThat(report.rejected()).extracting(RejectedRow::rowNumber).containsExactly(5, 6, 7, 8, 9, 10);
        assertThat(reasons(report, 5)).containsExactly("title:acquisition.error.title");
        assertThat(reasons(report, 6)).containsExactly("unit_price:import.error.money");
        assertThat(reasons(report, 7)).containsExactly("copies:acquisition.error.copies");
        assertThat(reasons(report, 8)).containsExactly("isbn:acquisition.error.isbnCheckDigit");
        assertThat(reasons(report, 9)).containsExactly("format:acquisition.import.format");
        assertThat(reasons(report, 10)).containsExactly("unit_price:acquisition.error.priceNegative");
        List<ProposalLine> lines = acquisition.lines(round.id());
        assertThat(lines).extracting(line -> line.title().title()).containsExactly("Pengantar statistika",
                "Jurnal Pustaka");
        ProposalLine first = lines.get(0);
        assertThat(first.memberId()).isEqualTo(unpad);
        assertThat(first.unitPrice()).isEqualTo(Money.of(250_000));
        assertThat(first.copies()).isEqualTo(3);
        assertThat(first.priority()).isEqualTo(1);
        assertThat(first.justification()).isEqualTo("Mata kuliah wajib");
        ProposalLine journal = lines.get(1);
        assertThat(journal.format()).isEqualTo(ItemFormat.JOURNAL_SUBSCRIPTION);
        assertThat(journal.sharedForAll()).isTrue();
        assertThat(journal.priority()).isEqualTo(5);
    }

    @Test
    void aWorkbookIsReadFromItsTypedCells() throws Exception {
        ProposalImportReport report = acquisition.proposalImport(round.id(), itb).importFile(xlsx(),
                Progress.NONE);

        assertThat(report.rejected()).isEmpty();
        assertThat(acquisition.lines(round.id())).singleElement().satisfies(line -> {
            assertThat(line.title().title()).isEqualTo("Basis data hukum");
            assertThat(line.title().year()).isEqualTo(2026);
            assertThat(line.format()).isEqualTo(ItemFormat.DATABASE);
            assertThat(line.unitPrice()).isEqualTo(Money.of(45_000_000));
            assertThat(line.copies()).isEqualTo(1);
        });
    }

    @Test
    void aClosedRoundTakesNoImportedRowAndSaysWhy() throws Exception {
        acquisition.move(round, RoundStatus.CLOSED, "");

        ProposalImportReport report = acquisition.proposalImport(round.id(), unpad).importFile(csv(
                "judul;harga;eksemplar\nStatistika;100000;1\n"), Progress.NONE);

        assertThat(report.added()).isZero();
        assertThat(reasons(report, 2)).containsExactly("round:acquisition.error.roundNotOpen");
        assertThat(acquisition.lines(round.id())).isEmpty();
    }

    @Test
    void anotherLibrarysStaffMayNotImportAndAFileWithoutCopiesIsRefused() {
        acting.set(TestActors.staffOf(itb));
        assertThatThrownBy(() -> acquisition.proposalImport(round.id(), unpad).importFile(csv(
                "judul;harga;eksemplar\nStatistika;100000;1\n"), Progress.NONE))
                .isInstanceOf(NotPermittedException.class);
        acting.set(TestActors.COORDINATOR);
        assertThatThrownBy(() -> acquisition.proposalImport(round.id(), unpad).importFile(csv(
                "judul;harga\nStatistika;100000\n"), Progress.NONE)).isInstanceOf(ImportRefusedException.class);
        assertThat(acquisition.lines(round.id())).isEmpty();
    }

    private static List<String> reasons(ProposalImportReport report, int row) {
        return report.rejected().stream().filter(rejected -> rejected.rowNumber() == row)
                .flatMap(rejected -> rejected.reasons().stream())
                .map((FieldError error) -> error.field() + ":" + error.messageKey()).toList();
    }

    private static InputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static InputStream xlsx() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Usulan");
            Row header = sheet.createRow(0);
            String[] headings = {"Title", "Year", "Format", "Shared", "Unit price", "Copies"};
            for (int i = 0; i < headings.length; i++) {
                header.createCell(i).setCellValue(headings[i]);
            }
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("Basis data hukum");
            row.createCell(1).setCellValue(2026);
            row.createCell(2).setCellValue("Database");
            row.createCell(3).setCellValue(true);
            row.createCell(4).setCellValue(45_000_000);
            row.createCell(5).setCellValue(1);
            workbook.write(out);
            return new ByteArrayInputStream(out.toByteArray());
        }
    }
}
