package id.jalin.acquisition.domain;

import static id.jalin.kernel.importing.CellParsers.money;
import static id.jalin.kernel.importing.CellParsers.oneOf;
import static id.jalin.kernel.importing.CellParsers.wholeNumber;

import id.jalin.kernel.importing.CellReading;
import id.jalin.kernel.importing.ImportColumn;
import id.jalin.kernel.importing.ImportSchema;
import id.jalin.kernel.money.Money;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The columns of the proposal import file (docs/proposal-import.md), each with its English and Indonesian heading.
 * Without a title, a price and copies a row proposes nothing, so a file lacking one of those columns is refused.
 */
final class ProposalColumns {
    static final ImportColumn<String> ISBN = ImportColumn.text("isbn", "isbn");
    static final ImportColumn<String> TITLE = ImportColumn.text("title", "judul").required();
    static final ImportColumn<String> AUTHOR = ImportColumn.text("author", "pengarang").alsoHeaded("penulis");
    static final ImportColumn<String> PUBLISHER = ImportColumn.text("publisher", "penerbit");
    static final ImportColumn<Integer> YEAR = ImportColumn.of("year", "tahun", wholeNumber());
    static final ImportColumn<String> EDITION = ImportColumn.text("edition", "edisi");
    static final ImportColumn<ItemFormat> FORMAT = ImportColumn.of("format", "format", oneOf(ItemFormat.class,
            Map.of("cetak", ItemFormat.PRINT, "buku cetak", ItemFormat.PRINT, "e-book", ItemFormat.EBOOK,
                    "buku elektronik", ItemFormat.EBOOK, "journal", ItemFormat.JOURNAL_SUBSCRIPTION,
                    "langganan jurnal", ItemFormat.JOURNAL_SUBSCRIPTION, "jurnal", ItemFormat.JOURNAL_SUBSCRIPTION,
                    "pangkalan data", ItemFormat.DATABASE, "basis data", ItemFormat.DATABASE),
            ItemFormat.PRINT, "acquisition.import.format"));
    static final ImportColumn<Boolean> SHARED = ImportColumn.of("shared", "bersama", ProposalColumns::yesNo);
    static final ImportColumn<String> VENDOR = ImportColumn.text("vendor", "penyedia").alsoHeaded("toko");
    static final ImportColumn<Money> UNIT_PRICE = ImportColumn.of("unit_price", "harga_satuan", money())
            .alsoHeaded("price", "harga").required();
    static final ImportColumn<Integer> COPIES = ImportColumn.of("copies", "eksemplar", wholeNumber())
            .alsoHeaded("jumlah").required();
    static final ImportColumn<Integer> PRIORITY = ImportColumn.of("priority", "prioritas", wholeNumber());
    static final ImportColumn<String> JUSTIFICATION = ImportColumn.text("justification", "alasan")
            .alsoHeaded("justifikasi");

    static final ImportSchema SCHEMA = ImportSchema.of(ISBN, TITLE, AUTHOR, PUBLISHER, YEAR, EDITION, FORMAT, SHARED,
            VENDOR, UNIT_PRICE, COPIES, PRIORITY, JUSTIFICATION);

    /** Which column names each field of a line, for a rule's reason on an imported row. */
    static final Map<String, ImportColumn<?>> COLUMN_OF_FIELD = Map.of("isbn", ISBN, "title", TITLE, "year", YEAR,
            "format", FORMAT, "unitPrice", UNIT_PRICE, "copies", COPIES, "priority", PRIORITY,
            "justification", JUSTIFICATION);

    /** A priority left blank: the middle of 1 to 9. */
    static final int USUAL_PRIORITY = 5;

    private static final Set<String> YES = Set.of("ya", "yes", "y", "1", "true", "benar");
    private static final Set<String> NO = Set.of("tidak", "no", "n", "0", "false", "salah", "t");

    private ProposalColumns() {
    }

    private static CellReading<Boolean> yesNo(String text) {
        String word = text.toLowerCase(Locale.ROOT);
        if (word.isEmpty() || NO.contains(word)) {
            return CellReading.of(false);
        }
        return YES.contains(word) ? CellReading.of(true) : CellReading.problem("acquisition.import.shared");
    }
}
