package id.jalin.catalogue.source;

import static id.jalin.catalogue.source.SlimsCsvColumns.AUTHORS;
import static id.jalin.catalogue.source.SlimsCsvColumns.CALL_NUMBER;
import static id.jalin.catalogue.source.SlimsCsvColumns.CLASSIFICATION;
import static id.jalin.catalogue.source.SlimsCsvColumns.COLLATION;
import static id.jalin.catalogue.source.SlimsCsvColumns.EDITION;
import static id.jalin.catalogue.source.SlimsCsvColumns.GMD_NAME;
import static id.jalin.catalogue.source.SlimsCsvColumns.ISBN_ISSN;
import static id.jalin.catalogue.source.SlimsCsvColumns.ITEM_CODE;
import static id.jalin.catalogue.source.SlimsCsvColumns.LANGUAGE_NAME;
import static id.jalin.catalogue.source.SlimsCsvColumns.NOTES;
import static id.jalin.catalogue.source.SlimsCsvColumns.PLACE_NAME;
import static id.jalin.catalogue.source.SlimsCsvColumns.PUBLISHER_NAME;
import static id.jalin.catalogue.source.SlimsCsvColumns.PUBLISH_YEAR;
import static id.jalin.catalogue.source.SlimsCsvColumns.SERIES_TITLE;
import static id.jalin.catalogue.source.SlimsCsvColumns.SOR;
import static id.jalin.catalogue.source.SlimsCsvColumns.TITLE;
import static id.jalin.catalogue.source.SlimsCsvColumns.TOPICS;

import id.jalin.catalogue.domain.CatalogueRecord;
import id.jalin.catalogue.domain.Isbn;
import id.jalin.catalogue.domain.Issn;
import id.jalin.catalogue.domain.MaterialKind;
import id.jalin.catalogue.domain.RecordFlag;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One data row of a SLiMS bibliography export as a {@link CatalogueRecord}. */
final class SlimsCsvRow {
    private static final Pattern MULTI_VALUE = Pattern.compile("<([^<>]*)>");
    /** SLiMS keeps "Title : subtitle" in one column, as its own MARC export splits it. */
    private static final Pattern SUBTITLE = Pattern.compile("^(.+?)\\s*:\\s+(.+)$", Pattern.DOTALL);
    private static final Pattern IDENTIFIER_SEPARATORS = Pattern.compile("[;,/|]");

    private SlimsCsvRow() {
    }

    /**
     * The record, or empty when the row has no title.
     *
     * @param usedIds the ids given to earlier rows of the file, so that two rows never share one
     */
    static Optional<CatalogueRecord> read(List<String> raw, int row, Set<String> usedIds) {
        List<String> cells = raw.stream().map(SlimsCsvRow::unescaped).toList();
        String fullTitle = cells.get(TITLE);
        if (fullTitle.isEmpty()) {
            return Optional.empty();
        }
        String title = fullTitle;
        String subtitle = "";
        Matcher split = SUBTITLE.matcher(fullTitle);
        if (split.matches()) {
            title = split.group(1);
            subtitle = split.group(2);
        }
        // cataloguers who copy from cards close the title as ISBD does ("Judul /"): shown, that reads as a typo
        title = MarcFields.trimmed(title, true);
        subtitle = MarcFields.trimmed(subtitle, true);
        List<RecordFlag> flags = new ArrayList<>();
        List<Isbn> isbns = new ArrayList<>();
        List<Issn> issns = new ArrayList<>();
        identifiers(cells.get(ISBN_ISSN), isbns, issns, flags);
        Integer year = MarcPublication.yearIn(cells.get(PUBLISH_YEAR));
        MarcRecordMapping.flagIf(year == null && !cells.get(PUBLISH_YEAR).isEmpty(), RecordFlag.UNREADABLE_YEAR, flags);
        List<String> itemCodes = values(cells.get(ITEM_CODE));
        // SLiMS's export has no id column (docs/csv-holdings-import.md says which id a row gets and why)
        String sourceId = RowIds.sourceId(itemCodes, isbns, row, usedIds);
        return Optional.of(new CatalogueRecord(sourceId, title, subtitle, cells.get(SOR), values(cells.get(AUTHORS)),
                cells.get(EDITION), cells.get(PUBLISHER_NAME), cells.get(PLACE_NAME), year, isbns, issns,
                values(cells.get(TOPICS)), cells.get(LANGUAGE_NAME), cells.get(CALL_NUMBER),
                cells.get(CLASSIFICATION), cells.get(SERIES_TITLE), cells.get(COLLATION), cells.get(NOTES),
                kind(cells.get(GMD_NAME)), itemCodes, itemCodes.size(), flags, Optional.empty()));
    }

    /** Each {@code <value>} of a multi-value cell; a cell written without the brackets is one value. */
    static List<String> values(String cell) {
        List<String> values = new ArrayList<>();
        Matcher found = MULTI_VALUE.matcher(cell);
        boolean any = false;
        while (found.find()) {
            any = true;
            String value = MarcFields.nfc(found.group(1));
            if (!value.isEmpty() && !values.contains(value)) {
                values.add(value);
            }
        }
        if (!any && !cell.isBlank()) {
            values.add(MarcFields.nfc(cell));
        }
        return values;
    }

    /** SLiMS's material designation (GMD) as the catalogue's kind; its default GMD "Text" is a book. */
    static MaterialKind kind(String gmd) {
        String words = gmd.toLowerCase(Locale.ROOT);
        if (words.matches(".*\\b(skripsi|tesis|thesis|disertasi|dissertation|tugas akhir)\\b.*")) {
            return MaterialKind.THESIS;
        }
        if (words.contains("laporan penelitian") || words.contains("research report")) {
            return MaterialKind.RESEARCH_REPORT;
        }
        if (words.matches(".*\\b(serial|majalah|jurnal|journal|terbitan berkala|periodical|magazine|surat kabar"
                + "|newspaper)\\b.*")) {
            return MaterialKind.SERIAL;
        }
        if (words.isBlank() || words.matches(".*\\b(text|teks|buku|book|monograf|monograph)\\b.*")) {
            return MaterialKind.BOOK;
        }
        return MaterialKind.OTHER;
    }

    /** ISBNs and ISSNs in the isbn_issn cell, which may hold several separated by ";", "," or "/". */
    static void identifiers(String cell, List<Isbn> isbns, List<Issn> issns, List<RecordFlag> flags) {
        for (String part : IDENTIFIER_SEPARATORS.split(cell)) {
            Optional<Isbn> isbn = Isbn.read(part);
            if (isbn.isPresent()) {
                if (isbns.stream().noneMatch(known -> known.digits().equals(isbn.get().digits()))) {
                    isbns.add(isbn.get());
                    MarcRecordMapping.flagIf(!isbn.get().checkDigitValid(), RecordFlag.BAD_ISBN_CHECK_DIGIT, flags);
                }
                continue;
            }
            Issn.read(part).filter(issn -> !issns.contains(issn)).ifPresent(issn -> {
                issns.add(issn);
                MarcRecordMapping.flagIf(!issn.checkValid(), RecordFlag.BAD_ISSN_CHECK, flags);
            });
        }
    }

    /**
     * A cell as SLiMS meant it: older SLiMS escaped quotes MySQL-style, and the CSV parser undoes the backslash only
     * before the enclosure, the separator and "n"/"r"/"t" (newlines written as the two characters \n); a quote of the
     * other kind keeps its backslash until here. Line ends become "\n"; text is NFC.
     */
    static String unescaped(String cell) {
        String text = cell.replace("\\'", "'").replace("\\\"", "\"").replace("\r\n", "\n").replace('\r', '\n');
        return MarcFields.nfc(text);
    }
}
