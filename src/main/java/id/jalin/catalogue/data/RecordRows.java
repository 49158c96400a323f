package id.jalin.catalogue.data;

import static id.jalin.kernel.db.generated.Tables.CATALOGUE_RECORD;

import id.jalin.catalogue.domain.CatalogueRecord;
import id.jalin.catalogue.domain.Isbn;
import id.jalin.catalogue.domain.Issn;
import id.jalin.catalogue.domain.MarcOriginal;
import id.jalin.catalogue.domain.MatchKeys;
import id.jalin.catalogue.domain.MatchRule;
import id.jalin.catalogue.domain.MaterialKind;
import id.jalin.catalogue.domain.RecordFlag;
import id.jalin.catalogue.domain.StoredRecord;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jooq.Field;
import org.jooq.Record;

/**
 * A record's columns: the order the batch insert binds them in, and the way back from a row. Lists are kept one per
 * line; text longer than its column is cut (a catalogue's 5,000-character note is not worth refusing a record for).
 */
final class RecordRows {
    static final int TITLE_PREFIX = 4;
    static final List<Field<?>> INSERTED = List.of(CATALOGUE_RECORD.ID, CATALOGUE_RECORD.MEMBER_ID,
            CATALOGUE_RECORD.SOURCE_ID, CATALOGUE_RECORD.WORK_ID, CATALOGUE_RECORD.MATCH_RULE, CATALOGUE_RECORD.TITLE,
            CATALOGUE_RECORD.SUBTITLE, CATALOGUE_RECORD.RESPONSIBILITY, CATALOGUE_RECORD.AUTHORS,
            CATALOGUE_RECORD.EDITION, CATALOGUE_RECORD.PUBLISHER, CATALOGUE_RECORD.PLACE, CATALOGUE_RECORD.PUBLISH_YEAR,
            CATALOGUE_RECORD.ISBNS, CATALOGUE_RECORD.ISSNS, CATALOGUE_RECORD.SUBJECTS, CATALOGUE_RECORD.LANGUAGE,
            CATALOGUE_RECORD.CALL_NUMBER, CATALOGUE_RECORD.CLASSIFICATION, CATALOGUE_RECORD.SERIES,
            CATALOGUE_RECORD.EXTENT, CATALOGUE_RECORD.NOTES, CATALOGUE_RECORD.KIND, CATALOGUE_RECORD.ITEM_CODES,
            CATALOGUE_RECORD.COPIES, CATALOGUE_RECORD.FLAGS, CATALOGUE_RECORD.MARC, CATALOGUE_RECORD.TITLE_KEY,
            CATALOGUE_RECORD.EXACT_KEY, CATALOGUE_RECORD.BLOCK_KEY, CATALOGUE_RECORD.IDENTIFIERS,
            CATALOGUE_RECORD.ARRIVED_AT, CATALOGUE_RECORD.ID_KEY, CATALOGUE_RECORD.CLUSTER_KEY,
            CATALOGUE_RECORD.LOCATIONS);

    private static final int AT_ID = INSERTED.indexOf(CATALOGUE_RECORD.ID);
    private static final int AT_MEMBER = INSERTED.indexOf(CATALOGUE_RECORD.MEMBER_ID);
    private static final int AT_WORK = INSERTED.indexOf(CATALOGUE_RECORD.WORK_ID);
    private static final int AT_RULE = INSERTED.indexOf(CATALOGUE_RECORD.MATCH_RULE);
    private static final int AT_ARRIVED = INSERTED.indexOf(CATALOGUE_RECORD.ARRIVED_AT);
    private static final int AT_ID_KEY = INSERTED.indexOf(CATALOGUE_RECORD.ID_KEY);
    private static final int AT_CLUSTER_KEY = INSERTED.indexOf(CATALOGUE_RECORD.CLUSTER_KEY);

    private RecordRows() {
    }

    /**
     * A record's columns that depend on the record alone; {@link #complete} fills in the rest once the load has
     * placed it.
     */
    static Object[] draft(CatalogueRecord record, MatchKeys keys) {
        return new Object[] {null, null, cut(record.sourceId(), 200), null, null,
                cut(record.title(), 2000), cut(record.subtitle(), 2000), cut(record.responsibility(), 1000),
                lines(record.authors(), 4000), cut(record.edition(), 200), cut(record.publisher(), 500),
                cut(record.place(), 200), record.year(),
                cut(String.join(" ", record.isbns().stream().map(RecordRows::isbnText).toList()), 1000),
                cut(String.join(" ", record.issns().stream().map(RecordRows::issnText).toList()), 200),
                lines(record.subjects(), 4000), cut(record.language(), 100), cut(record.callNumber(), 200),
                cut(record.classification(), 100), cut(record.series(), 500), cut(record.extent(), 300),
                cut(record.notes(), 4000), record.kind().name(), lines(record.itemCodes(), 10_000), record.copies(),
                String.join(" ", record.flags().stream().map(Enum::name).toList()),
                record.original().map(MarcOriginal::iso2709).orElse(null), cut(keys.titleKey(), 1000),
                cut(keys.exactKey(), 1200), cut(keys.blockKey(), 400), cut(String.join(" ", keys.identifiers()), 1000),
                null, firstIdentifier(keys), clusterKey(keys), lines(record.locations(), 1000)};
    }

    /** The row of a drafted record, placed by the load: a new array, the draft is left as it was. */
    static Object[] complete(Object[] draft, long id, long memberId, long workId, MatchRule rule,
                             LocalDateTime arrivedAt) {
        Object[] row = draft.clone();
        row[AT_ID] = id;
        row[AT_MEMBER] = memberId;
        row[AT_WORK] = workId;
        row[AT_RULE] = rule.name();
        row[AT_ARRIVED] = arrivedAt;
        if (rule == MatchRule.SPLIT) {
            // a record split off by hand is found by no later load: nothing may match into the work it was given
            row[AT_ID_KEY] = null;
            row[AT_CLUSTER_KEY] = null;
        }
        return row;
    }

    static String firstIdentifier(MatchKeys keys) {
        return keys.identifiers().isEmpty() ? null : cut(keys.identifiers().get(0), 40);
    }

    /**
     * The key a record is looked up by besides its identifiers: its similar-title block with the first letters of its
     * title key when it has a block (every record with the same exact key has the same block and title), else its
     * exact key; null when it has neither. The title's first letters keep a block of a common surname and year from
     * bringing hundreds of records to compare on a million holdings; a near-identical title that differs in its
     * first {@value #TITLE_PREFIX} letters is left for a coordinator to join (decision 0022).
     */
    static String clusterKey(MatchKeys keys) {
        if (!keys.blockKey().isEmpty()) {
            String title = keys.titleKey();
            return cut(keys.blockKey() + "|" + title.substring(0, Math.min(TITLE_PREFIX, title.length())), 1200);
        }
        return keys.exactKey().isEmpty() ? null : cut("t:" + keys.exactKey(), 1200);
    }

    static StoredRecord stored(Record row) {
        return new StoredRecord(row.get(CATALOGUE_RECORD.ID), row.get(CATALOGUE_RECORD.MEMBER_ID),
                row.get(CATALOGUE_RECORD.WORK_ID), MatchRule.valueOf(row.get(CATALOGUE_RECORD.MATCH_RULE)),
                record(row), row.get(CATALOGUE_RECORD.ARRIVED_AT));
    }

    static CatalogueRecord record(Record row) {
        byte[] marc = row.get(CATALOGUE_RECORD.MARC);
        return new CatalogueRecord(row.get(CATALOGUE_RECORD.SOURCE_ID), row.get(CATALOGUE_RECORD.TITLE),
                row.get(CATALOGUE_RECORD.SUBTITLE), row.get(CATALOGUE_RECORD.RESPONSIBILITY),
                split(row.get(CATALOGUE_RECORD.AUTHORS)), row.get(CATALOGUE_RECORD.EDITION),
                row.get(CATALOGUE_RECORD.PUBLISHER), row.get(CATALOGUE_RECORD.PLACE),
                row.get(CATALOGUE_RECORD.PUBLISH_YEAR), isbns(row.get(CATALOGUE_RECORD.ISBNS)),
                issns(row.get(CATALOGUE_RECORD.ISSNS)), split(row.get(CATALOGUE_RECORD.SUBJECTS)),
                row.get(CATALOGUE_RECORD.LANGUAGE), row.get(CATALOGUE_RECORD.CALL_NUMBER),
                row.get(CATALOGUE_RECORD.CLASSIFICATION), row.get(CATALOGUE_RECORD.SERIES),
                row.get(CATALOGUE_RECORD.EXTENT), row.get(CATALOGUE_RECORD.NOTES),
                MaterialKind.valueOf(row.get(CATALOGUE_RECORD.KIND)), split(row.get(CATALOGUE_RECORD.ITEM_CODES)),
                row.get(CATALOGUE_RECORD.COPIES), flags(row.get(CATALOGUE_RECORD.FLAGS)),
                marc == null ? Optional.empty() : Optional.of(new MarcOriginal(marc)),
                split(row.get(CATALOGUE_RECORD.LOCATIONS)));
    }

    static MatchKeys keys(Record row) {
        return new MatchKeys(words(row.get(CATALOGUE_RECORD.IDENTIFIERS)), row.get(CATALOGUE_RECORD.TITLE_KEY),
                row.get(CATALOGUE_RECORD.EXACT_KEY), row.get(CATALOGUE_RECORD.BLOCK_KEY));
    }

    /** A wrong check digit is stored with a trailing {@code !}, so it comes back flagged and is never matched. */
    private static String isbnText(Isbn isbn) {
        return isbn.checkDigitValid() ? isbn.digits() : isbn.digits() + "!";
    }

    private static String issnText(Issn issn) {
        return issn.checkValid() ? issn.characters() : issn.characters() + "!";
    }

    private static List<Isbn> isbns(String text) {
        return words(text).stream().map(word -> new Isbn(word.replace("!", ""), !word.endsWith("!"))).toList();
    }

    private static List<Issn> issns(String text) {
        return words(text).stream().map(word -> new Issn(word.replace("!", ""), !word.endsWith("!"))).toList();
    }

    private static List<RecordFlag> flags(String text) {
        return words(text).stream().map(RecordFlag::valueOf).toList();
    }

    static List<String> words(String text) {
        return text == null || text.isBlank() ? List.of() : Arrays.asList(text.split(" "));
    }

    static List<String> split(String text) {
        return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split("\n"));
    }

    static String lines(List<String> values, int max) {
        return cut(String.join("\n", values.stream().map(value -> value.replace('\n', ' ')).toList()), max);
    }

    static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
