package id.jalin.catalogue.source;

import static id.jalin.catalogue.source.MarcFields.all;
import static id.jalin.catalogue.source.MarcFields.control;
import static id.jalin.catalogue.source.MarcFields.dataFields;
import static id.jalin.catalogue.source.MarcFields.first;
import static id.jalin.catalogue.source.MarcFields.nfc;
import static id.jalin.catalogue.source.MarcFields.trimmed;
import static id.jalin.catalogue.source.MarcFields.values;

import id.jalin.catalogue.domain.CatalogueRecord;
import id.jalin.catalogue.domain.Isbn;
import id.jalin.catalogue.domain.Issn;
import id.jalin.catalogue.domain.MarcOriginal;
import id.jalin.catalogue.domain.RecordFlag;
import id.jalin.catalogue.domain.RecordSink;
import id.jalin.kernel.importing.RejectedRow;
import id.jalin.kernel.validation.FieldError;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.marc4j.marc.DataField;
import org.marc4j.marc.Record;

/**
 * One MARC21 record, from a file or a harvest, as the union catalogue's {@link CatalogueRecord}: the fields Koha,
 * INLISLite and SLiMS fill, read where each of them writes them, and the whole record kept as its
 * {@link MarcOriginal} for copy cataloguing. A record without a title cannot be found or clustered and is set aside.
 */
public final class MarcRecordMapping {
    /** The most of a title a set-aside record quotes back. */
    static final int QUOTED_TITLE = 80;

    private MarcRecordMapping() {
    }

    /**
     * Hands the record to the sink, or sets it aside when it has no title.
     *
     * @param position the record's place in its file or harvest, counted from 1
     */
    public static void read(Record marc, int position, RecordSink sink) {
        String sourceId = sourceId(marc, position);
        String title = title(marc);
        if (title.isEmpty()) {
            sink.setAside(new RejectedRow(position, List.of(FieldError.of("record", "catalogue.read.no_title")),
                    List.of(sourceId, "")));
            return;
        }
        sink.accept(map(marc, sourceId, title));
    }

    /** 001; else Koha's biblionumber in 999 $c; else the position, so a re-import of the same file finds it. */
    static String sourceId(Record marc, int position) {
        String id = nfc(control(marc, "001"));
        if (id.isEmpty()) {
            id = first(dataFields(marc, "999"), 'c');
        }
        return id.isEmpty() ? "#" + position : id;
    }

    /** 245 $a, with the part's number and name ($n, $p) after it when the record gives them. */
    static String title(Record marc) {
        List<DataField> titles = dataFields(marc, "245");
        if (titles.isEmpty()) {
            return "";
        }
        DataField field = titles.get(0);
        StringBuilder title = new StringBuilder(first(field, 'a').orElse(""));
        for (char part : new char[] {'n', 'p'}) {
            for (String value : values(field, part)) {
                String trimmed = trimmed(value);
                if (!trimmed.isEmpty() && !title.isEmpty()) {
                    title.append(". ").append(trimmed);
                }
            }
        }
        return title.toString();
    }

    private static CatalogueRecord map(Record marc, String sourceId, String title) {
        List<DataField> titleField = dataFields(marc, "245");
        List<RecordFlag> flags = new ArrayList<>();
        List<DataField> publication = MarcPublication.fieldsInPreference(marc);
        Integer year = MarcPublication.year(marc, publication, flags);
        List<Isbn> isbns = new ArrayList<>();
        List<Issn> issns = new ArrayList<>();
        identifiers(marc, isbns, issns, flags);
        MarcHoldings holdings = MarcHoldings.of(marc);
        return new CatalogueRecord(sourceId, title, first(titleField, 'b'), first(titleField, 'c'), authors(marc),
                MarcFields.firstKeepingStop(dataFields(marc, "250"), 'a'), first(publication, 'b'),
                first(publication, 'a'), year, isbns,
                issns, subjects(marc), language(marc), holdings.callNumber(),
                first(dataFields(marc, "082", "084"), 'a'), first(dataFields(marc, "490", "440"), 'a'),
                MarcFields.firstKeepingStop(dataFields(marc, "300"), 'a'),
                String.join("\n", all(dataFields(marc, "500"), 'a')),
                MarcKind.of(marc), holdings.itemCodes(), holdings.copies(), flags, original(marc),
                holdings.locations());
    }

    /** The main entry (100/110/111) first, then the added entries (700/710/711), without repeats. */
    private static List<String> authors(Record marc) {
        Set<String> authors = new LinkedHashSet<>(all(dataFields(marc, "100", "110", "111"), 'a'));
        authors.addAll(all(dataFields(marc, "700", "710", "711"), 'a'));
        return List.copyOf(authors);
    }

    /**
     * Every ISBN in 020 $a (the book's) and $z (cancelled or invalid, still the same book's), and the ISSN in 022
     * $a. SLiMS writes its isbn_issn column into 020 $a whatever it holds, so an ISSN found there is an ISSN.
     */
    private static void identifiers(Record marc, List<Isbn> isbns, List<Issn> issns, List<RecordFlag> flags) {
        Set<String> seenIsbns = new LinkedHashSet<>();
        for (DataField field : dataFields(marc, "020")) {
            for (char code : new char[] {'a', 'z'}) {
                for (String value : values(field, code)) {
                    Optional<Isbn> isbn = Isbn.read(value);
                    if (isbn.isPresent()) {
                        if (seenIsbns.add(isbn.get().digits())) {
                            isbns.add(isbn.get());
                            flagIf(!isbn.get().checkDigitValid(), RecordFlag.BAD_ISBN_CHECK_DIGIT, flags);
                        }
                    } else if (code == 'a') {
                        Issn.read(value).ifPresent(issn -> addIssn(issn, issns, flags));
                    }
                }
            }
        }
        for (DataField field : dataFields(marc, "022")) {
            for (String value : values(field, 'a')) {
                Issn.read(value).ifPresent(issn -> addIssn(issn, issns, flags));
            }
        }
    }

    private static void addIssn(Issn issn, List<Issn> issns, List<RecordFlag> flags) {
        if (!issns.contains(issn)) {
            issns.add(issn);
            flagIf(!issn.checkValid(), RecordFlag.BAD_ISSN_CHECK, flags);
        }
    }

    static void flagIf(boolean condition, RecordFlag flag, List<RecordFlag> flags) {
        if (condition && !flags.contains(flag)) {
            flags.add(flag);
        }
    }

    /**
     * Subject headings with their subdivisions ("Perpustakaan -- Indonesia -- Sejarah"): 600, 610, 611, 630, 650,
     * 651, and 653, where SLiMS puts its uncontrolled topics.
     */
    private static List<String> subjects(Record marc) {
        Set<String> subjects = new LinkedHashSet<>();
        for (DataField field : dataFields(marc, "600", "610", "611", "630", "650", "651", "653")) {
            List<String> parts = new ArrayList<>();
            first(field, 'a').ifPresent(parts::add);
            if (parts.isEmpty()) {
                continue;
            }
            field.getSubfields().stream()
                    .filter(subfield -> "xyz".indexOf(subfield.getCode()) >= 0)
                    .map(subfield -> trimmed(nfc(subfield.getData())))
                    .filter(value -> !value.isEmpty())
                    .forEach(parts::add);
            subjects.add(String.join(" -- ", parts));
        }
        return List.copyOf(subjects);
    }

    /** 041 $a; else 008/35-37 when it holds a code; else the language note 546 $a. */
    private static String language(Record marc) {
        String coded = first(dataFields(marc, "041"), 'a');
        if (!coded.isEmpty()) {
            return coded;
        }
        String fixed = control(marc, "008");
        if (fixed.length() >= 38) {
            String code = fixed.substring(35, 38).strip();
            if (code.matches("[A-Za-z]{3}")) {
                return code;
            }
        }
        return first(dataFields(marc, "546"), 'a');
    }

    private static Optional<MarcOriginal> original(Record marc) {
        return MarcOriginals.of(marc);
    }
}
