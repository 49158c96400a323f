package id.jalin.redistribution.domain;

import static id.jalin.kernel.importing.CellParsers.date;
import static id.jalin.kernel.importing.CellParsers.oneOf;
import static id.jalin.kernel.importing.CellParsers.wholeNumber;

import id.jalin.kernel.importing.ImportColumn;
import id.jalin.kernel.importing.ImportSchema;
import java.time.LocalDate;
import java.util.Map;

/**
 * The columns of the surplus offer import file (docs/surplus-offer-import.md), each with its English and Indonesian
 * heading. Without a title, copies, a condition and a reason a row offers nothing a claimant could judge, so a file
 * lacking one of those columns is refused.
 */
final class OfferColumns {
    static final ImportColumn<String> TITLE = ImportColumn.text("title", "judul").required();
    static final ImportColumn<String> AUTHOR = ImportColumn.text("author", "pengarang").alsoHeaded("penulis");
    static final ImportColumn<String> ISBN = ImportColumn.text("isbn", "isbn");
    static final ImportColumn<Integer> YEAR = ImportColumn.of("year", "tahun", wholeNumber());
    static final ImportColumn<Integer> COPIES = ImportColumn.of("copies", "eksemplar", wholeNumber())
            .alsoHeaded("jumlah").required();
    static final ImportColumn<ItemCondition> CONDITION = ImportColumn.of("condition", "kondisi",
            oneOf(ItemCondition.class, Map.of("as new", ItemCondition.AS_NEW, "new", ItemCondition.AS_NEW,
                    "seperti baru", ItemCondition.AS_NEW, "baru", ItemCondition.AS_NEW, "baik", ItemCondition.GOOD,
                    "cukup", ItemCondition.FAIR, "sedang", ItemCondition.FAIR, "usang", ItemCondition.WORN,
                    "rusak ringan", ItemCondition.WORN), null, "redistribution.import.condition")).required();
    static final ImportColumn<SurplusReason> REASON = ImportColumn.of("reason", "alasan",
            oneOf(SurplusReason.class, Map.of("duplikat", SurplusReason.DUPLICATE, "ganda", SurplusReason.DUPLICATE,
                    "weeding", SurplusReason.WEEDED, "penyiangan", SurplusReason.WEEDED,
                    "disiangi", SurplusReason.WEEDED, "donation", SurplusReason.DONATION_SURPLUS,
                    "sumbangan", SurplusReason.DONATION_SURPLUS, "kelebihan sumbangan", SurplusReason.DONATION_SURPLUS,
                    "hibah", SurplusReason.DONATION_SURPLUS), null, "redistribution.import.reason")).required();
    static final ImportColumn<AllocationRule> RULE = ImportColumn.of("rule", "aturan",
            oneOf(AllocationRule.class, Map.of("first come", AllocationRule.FIRST_COME,
                    "siapa cepat", AllocationRule.FIRST_COME, "siapa cepat dia dapat", AllocationRule.FIRST_COME,
                    "smaller first", AllocationRule.SMALLER_FIRST, "smaller libraries first",
                    AllocationRule.SMALLER_FIRST, "perpustakaan kecil dulu", AllocationRule.SMALLER_FIRST,
                    "koleksi kecil dulu", AllocationRule.SMALLER_FIRST),
                    AllocationRule.FIRST_COME, "redistribution.import.rule"));
    static final ImportColumn<LocalDate> CLOSING_DATE = ImportColumn.of("closing_date", "tanggal_tutup", date())
            .alsoHeaded("closing", "batas");
    static final ImportColumn<String> NOTE = ImportColumn.text("note", "catatan");

    static final ImportSchema SCHEMA = ImportSchema.of(TITLE, AUTHOR, ISBN, YEAR, COPIES, CONDITION, REASON, RULE,
            CLOSING_DATE, NOTE);

    /** Which column names each field of an offer, for a rule's reason on an imported row. */
    static final Map<String, ImportColumn<?>> COLUMN_OF_FIELD = Map.of("title", TITLE, "author", AUTHOR,
            "isbn", ISBN, "year", YEAR, "copies", COPIES, "condition", CONDITION, "reason", REASON, "rule", RULE,
            "closingDate", CLOSING_DATE, "note", NOTE);

    private OfferColumns() {
    }
}
