package id.jalin.kernel.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import id.jalin.kernel.money.Money;
import id.jalin.kernel.task.CancelledException;
import id.jalin.kernel.task.Progress;
import id.jalin.kernel.validation.FieldError;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The pipeline on its own, with a small made-up import: a book list with a title, a price, a date and a kind. */
class ImportReaderTest {
    enum Kind { BOOK, JOURNAL }

    static final ImportColumn<String> TITLE = ImportColumn.text("title", "judul").required();
    static final ImportColumn<Money> PRICE = ImportColumn.of("price", "harga", CellParsers.money());
    static final ImportColumn<LocalDate> BOUGHT = ImportColumn.of("bought", "dibeli", CellParsers.date());
    static final ImportColumn<Integer> COPIES =
            ImportColumn.of("copies", "eksemplar", CellParsers.wholeNumber()).alsoHeaded("jumlah");
    static final ImportColumn<Kind> KIND = ImportColumn.of("kind", "jenis",
            CellParsers.oneOf(Kind.class, Map.of("buku", Kind.BOOK, "jurnal", Kind.JOURNAL), Kind.BOOK, "test.kind"));
    static final ImportSchema SCHEMA = ImportSchema.of(TITLE, PRICE, BOUGHT, COPIES, KIND);

    record Book(String title, Money price, LocalDate bought, Integer copies, Kind kind) {
    }

    /** Takes every row whose cells read, refuses the others with the cells' reasons. */
    static final class BookPlanner implements RowPlanner<Book> {
        private final List<Planned<Book>> books = new ArrayList<>();

        @Override
        public List<FieldError> add(ImportRow row) {
            Book book = new Book(row.get(TITLE), row.get(PRICE), row.get(BOUGHT), row.get(COPIES), row.get(KIND));
            List<FieldError> reasons = new ArrayList<>(row.takeReasons());
            if (book.title().isEmpty()) {
                reasons.add(FieldError.of(TITLE.key(), "test.title.required"));
            }
            if (reasons.isEmpty()) {
                books.add(new Planned<>(book, row.number(), row.values()));
            }
            return reasons;
        }

        @Override
        public List<Planned<Book>> planned() {
            return books;
        }
    }

    private final ImportReader<Book> reader = new ImportReader<>(SCHEMA, BookPlanner::new);

    private ImportPlan<Book> read(InputStream in) throws Exception {
        return reader.read(in, Progress.NONE);
    }

    private static InputStream text(String text, Charset charset) {
        return new ByteArrayInputStream(text.getBytes(charset));
    }

    private static InputStream utf8(String... lines) {
        return text(String.join("\r\n", lines), StandardCharsets.UTF_8);
    }

    private static List<Book> books(ImportPlan<Book> plan) {
        return plan.items().stream().map(Planned::value).toList();
    }

    @Test
    void readsIndonesianHeadingsWithSemicolons() throws Exception {
        ImportPlan<Book> plan = read(utf8("Judul;Harga;Dibeli;Eksemplar;Jenis",
                "Sejarah Sunda;Rp 125.000;17/08/2020;3;jurnal"));

        assertThat(plan.rejected()).isEmpty();
        assertThat(books(plan)).containsExactly(
                new Book("Sejarah Sunda", Money.of(125_000), LocalDate.of(2020, 8, 17), 3, Kind.JOURNAL));
        assertThat(plan.headings()).containsExactly("Judul", "Harga", "Dibeli", "Eksemplar", "Jenis");
        assertThat(plan.has(PRICE)).isTrue();
    }

    @Test
    void readsEnglishHeadingsWithCommasAndAliases() throws Exception {
        ImportPlan<Book> plan = read(utf8("title,price,jumlah", "\"Library Science, 2nd ed.\",1250000,\"1,200\""));

        assertThat(plan.rejected()).isEmpty();
        assertThat(books(plan)).singleElement().satisfies(book -> {
            assertThat(book.title()).isEqualTo("Library Science, 2nd ed.");
            assertThat(book.price()).isEqualTo(Money.of(1_250_000));
            assertThat(book.copies()).isEqualTo(1200);
            assertThat(book.kind()).isEqualTo(Kind.BOOK);
        });
        assertThat(plan.has(BOUGHT)).as("a column the file lacks is not in the plan").isFalse();
    }

    @Test
    void readsTabSeparatedFiles() throws Exception {
        ImportPlan<Book> plan = read(utf8("judul\tharga\tjenis", "Kamus Sunda\t50.000\tbuku"));

        assertThat(books(plan)).extracting(Book::title, Book::price).containsExactly(tuple("Kamus Sunda",
                Money.of(50_000)));
    }

    @Test
    void picksTheSeparatorThatSplitsTheHeaderIntoKnownHeadings() throws Exception {
        // More commas than semicolons in the header, but only the semicolon yields headings Jalin knows.
        ImportPlan<Book> plan = read(utf8("judul;harga, dalam rupiah, bulat;jenis", "Atlas, edisi 2;10.000;buku"));

        assertThat(books(plan)).extracting(Book::title).containsExactly("Atlas, edisi 2");
        assertThat(SeparatorDetector.mostFrequent("code;name,x")).isEqualTo(';');
        assertThat(SeparatorDetector.mostFrequent("\"a;b;c\",code,name")).isEqualTo(',');
        assertThat(SeparatorDetector.mostFrequent("code")).isEqualTo(';');
        assertThat(SeparatorDetector.mostFrequent("a\tb\tc;d")).isEqualTo('\t');
    }

    @Test
    void findsTheHeaderBelowTitleLinesAndKeepsSpreadsheetRowNumbers() throws Exception {
        ImportPlan<Book> plan = read(utf8("Daftar pembelian 2024", "Forum Perpustakaan Jawa Barat;;", "",
                "judul;harga;eksemplar", "Buku A;10.000;1", "Buku B;sepuluh;1"));

        assertThat(books(plan)).extracting(Book::title).containsExactly("Buku A");
        assertThat(plan.rejected()).singleElement().satisfies(row -> {
            assertThat(row.rowNumber()).isEqualTo(6);
            assertThat(row.reasons()).extracting(FieldError::field, FieldError::messageKey, e -> e.args().get(0))
                    .containsExactly(tuple("price", "import.error.money", "sepuluh"));
            assertThat(row.rawValues()).containsExactly("Buku B", "sepuluh", "1");
        });
    }

    @Test
    void skipsTheByteOrderMark() throws Exception {
        ImportPlan<Book> plan = read(utf8("\ufeffjudul;harga", "Ensiklopedia;1.000"));

        assertThat(plan.headings()).containsExactly("judul", "harga");
        assertThat(books(plan)).extracting(Book::title).containsExactly("Ensiklopedia");
    }

    @Test
    void readsUtf16WithByteOrderMarkAsExcelsUnicodeTextWrites() throws Exception {
        ImportPlan<Book> plan = read(text("\ufeffjudul\tharga\r\nBahasa Sunda \u00e9\t1.000", StandardCharsets.UTF_16LE));

        assertThat(books(plan)).extracting(Book::title).containsExactly("Bahasa Sunda \u00e9");
    }

    @Test
    void fallsBackToWindows1252WhenTheBytesAreNotUtf8() throws Exception {
        byte[] windows1252 = "judul;harga\r\nCaf\u00e9 Pustaka \u2013 Pe\u00f1a;Rp 1.000".getBytes(Charset.forName("windows-1252"));

        ImportPlan<Book> plan = read(new ByteArrayInputStream(windows1252));

        assertThat(books(plan)).extracting(Book::title).containsExactly("Caf\u00e9 Pustaka \u2013 Pe\u00f1a");
    }

    @Test
    void readsTheFirstSheetOfAWorkbookWithNumberAndDateCells() throws Exception {
        ImportPlan<Book> plan = read(TestWorkbooks.xlsx(
                new Object[] {"Daftar pembelian"},
                new Object[] {"Judul", "Harga", "Dibeli", "Eksemplar", "Jenis"},
                new Object[] {"Sejarah Sunda", 125000, LocalDate.of(2020, 8, 17), 3, "jurnal"},
                new Object[] {"Kamus", "Rp 50.000", "01/02/2021", null, null},
                new Object[] {"Pecahan", 10, null, 2.5, null}));

        assertThat(books(plan)).containsExactly(
                new Book("Sejarah Sunda", Money.of(125_000), LocalDate.of(2020, 8, 17), 3, Kind.JOURNAL),
                new Book("Kamus", Money.of(50_000), LocalDate.of(2021, 2, 1), null, Kind.BOOK));
        assertThat(plan.rejected()).singleElement().satisfies(row -> {
            assertThat(row.rowNumber()).isEqualTo(5);
            assertThat(row.reasons()).extracting(FieldError::field, FieldError::messageKey, e -> e.args().get(0))
                    .containsExactly(tuple("copies", "import.error.number", "2.5"));
        });
    }

    @Test
    void setsAsideEveryBadRowWithAllItsReasons() throws Exception {
        ImportPlan<Book> plan = read(utf8("judul;harga;dibeli;eksemplar;jenis",
                "Baik;1.000;01/01/2020;1;buku",
                ";x;31/02/2020;1,5;majalah",
                ";;;;",
                "Juga baik;;;;"));

        assertThat(books(plan)).extracting(Book::title).containsExactly("Baik", "Juga baik");
        assertThat(plan.rejected()).singleElement().satisfies(row -> {
            assertThat(row.rowNumber()).isEqualTo(3);
            assertThat(row.reasons()).extracting(FieldError::field, FieldError::messageKey).containsExactly(
                    tuple("price", "import.error.money"),
                    tuple("bought", "import.error.date"),
                    tuple("copies", "import.error.number"),
                    tuple("kind", "test.kind"),
                    tuple("title", "test.title.required"));
        });
    }

    @Test
    void refusesAFileWithoutARequiredColumnNamingBothHeadings() {
        assertThatThrownBy(() -> read(utf8("harga;jenis", "1.000;buku")))
                .isInstanceOfSatisfying(ImportRefusedException.class, refused -> assertThat(refused.reasons())
                        .extracting(FieldError::messageKey, FieldError::args)
                        .containsExactly(tuple("import.error.missingColumn", List.of("title", "title / judul"))));
    }

    @Test
    void refusesAHeaderThatNamesAColumnTwiceInTwoLanguages() {
        assertThatThrownBy(() -> read(utf8("title;judul", "A;B")))
                .isInstanceOfSatisfying(ImportRefusedException.class, refused -> assertThat(refused.reasons())
                        .extracting(FieldError::messageKey, e -> e.args().get(0))
                        .containsExactly(tuple("import.error.duplicateColumn", "judul")));
    }

    @Test
    void refusesEmptyFilesBrokenQuotesAndBrokenWorkbooks() {
        assertThatThrownBy(() -> read(utf8("", " ", "")))
                .isInstanceOfSatisfying(ImportRefusedException.class, refused -> assertThat(refused.reasons())
                        .extracting(FieldError::messageKey).containsExactly("import.error.empty"));
        assertThatThrownBy(() -> read(utf8("judul;harga", "\"A;1", "B;2")))
                .isInstanceOfSatisfying(ImportRefusedException.class, refused -> assertThat(refused.reasons())
                        .extracting(FieldError::messageKey).containsExactly("import.error.malformed"));
        byte[] cutOff = java.util.Arrays.copyOf(TestWorkbooks.bytes(new Object[] {"judul"}), 200);
        assertThatThrownBy(() -> read(new ByteArrayInputStream(cutOff)))
                .isInstanceOfSatisfying(ImportRefusedException.class, refused -> assertThat(refused.reasons())
                        .extracting(FieldError::messageKey).containsExactly("import.error.workbook"));
    }

    @Test
    void stopsOnCancelAndReportsProgressForward() {
        List<Long> updates = new ArrayList<>();
        Progress cancelAfterTwoRows = new Progress() {
            @Override
            public void update(long done, long total) {
                updates.add(done);
            }

            @Override
            public boolean isCancelled() {
                return updates.size() >= 2;
            }
        };

        assertThatThrownBy(() -> reader.read(utf8("judul", "A", "B", "C", "D"), cancelAfterTwoRows))
                .isInstanceOf(CancelledException.class);
        assertThat(updates).containsExactly(1L, 2L);
    }

    @Test
    void readingAndApplyingFillOneProgressBarAndTheApplierSeesThePlan() throws Exception {
        List<Long> updates = new ArrayList<>();
        Progress recording = new Progress() {
            @Override
            public void update(long done, long total) {
                updates.add(done * 1000 / total);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
        FileImport<Book, Integer> counting = new FileImport<>(reader, (plan, progress) -> {
            progress.update(1, 2);
            return plan.items().size();
        });

        int stored = counting.importFile(utf8("judul", "A", "B"), recording);

        assertThat(stored).isEqualTo(2);
        assertThat(updates).isSorted().contains(400L, 700L).last().isEqualTo(1000L);
    }
}
