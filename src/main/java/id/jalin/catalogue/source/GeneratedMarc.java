package id.jalin.catalogue.source;

import id.jalin.catalogue.domain.CatalogueRecord;
import id.jalin.catalogue.domain.Isbn;
import id.jalin.catalogue.domain.Issn;
import id.jalin.catalogue.domain.MaterialKind;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.marc4j.marc.DataField;
import org.marc4j.marc.MarcFactory;
import org.marc4j.marc.Record;

/**
 * A minimal-level MARC21 record made from a {@link CatalogueRecord} that came without MARC (a SLiMS or Jalin CSV),
 * for a member to load into its own SLiMS, Koha or INLISLite. It carries the description, not the holding member's
 * copies: those are the other library's, and the loading library adds its own.
 */
final class GeneratedMarc {
    private static final MarcFactory MARC = MarcFactory.newInstance();
    private static final DateTimeFormatter ENTERED = DateTimeFormatter.ofPattern("yyMMdd", Locale.ROOT);
    private static final List<String> ARTICLES = List.of("the ", "a ", "an ");

    private GeneratedMarc() {
    }

    static Record of(CatalogueRecord record) {
        Record marc = MARC.newRecord(leader(record.kind()));
        if (!record.sourceId().isEmpty() && !record.sourceId().startsWith("#")) {
            marc.addVariableField(MARC.newControlField("001", record.sourceId()));
        }
        marc.addVariableField(MARC.newControlField("008", fixedField(record)));
        for (Isbn isbn : record.isbns()) {
            // a wrong check digit is kept where MARC keeps an invalid ISBN: 020 $z
            marc.addVariableField(field("020", ' ', ' ', isbn.checkDigitValid() ? 'a' : 'z', isbn.digits()));
        }
        for (Issn issn : record.issns()) {
            marc.addVariableField(field("022", ' ', ' ', issn.checkValid() ? 'a' : 'y', issn.written()));
        }
        addIf(marc, "082", '0', '4', 'a', record.classification());
        addIf(marc, "084", ' ', ' ', 'a', record.callNumber());
        List<String> authors = record.authors();
        if (!authors.isEmpty()) {
            marc.addVariableField(field("100", '1', ' ', 'a', authors.get(0)));
        }
        marc.addVariableField(title(record, !authors.isEmpty()));
        addIf(marc, "250", ' ', ' ', 'a', record.edition());
        publication(marc, record);
        addIf(marc, "300", ' ', ' ', 'a', record.extent());
        addIf(marc, "490", '0', ' ', 'a', record.series());
        for (String note : record.notes().split("\n")) {
            addIf(marc, "500", ' ', ' ', 'a', note.strip());
        }
        if (record.kind() == MaterialKind.THESIS) {
            marc.addVariableField(field("502", ' ', ' ', 'a', "Skripsi/Tesis"));
        }
        if (record.kind() == MaterialKind.RESEARCH_REPORT) {
            marc.addVariableField(field("655", ' ', '4', 'a', "Laporan penelitian"));
        }
        for (String subject : record.subjects()) {
            String[] parts = subject.split(" -- ");
            DataField heading = field("650", ' ', '4', 'a', parts[0]);
            for (int i = 1; i < parts.length; i++) {
                heading.addSubfield(MARC.newSubfield('x', parts[i]));
            }
            marc.addVariableField(heading);
        }
        for (String author : authors.subList(Math.min(1, authors.size()), authors.size())) {
            marc.addVariableField(field("700", '1', ' ', 'a', author));
        }
        return marc;
    }

    /** Language material, a monograph or a serial, UTF-8, minimal level (leader/17 = 7). */
    private static String leader(MaterialKind kind) {
        char type = kind == MaterialKind.OTHER ? 'p' : 'a';
        char level = kind == MaterialKind.SERIAL ? 's' : 'm';
        return "00000n" + type + level + " a22000007  4500";
    }

    /** 008 with the date entered, the year (or "no date"), and the language code at 35-37. */
    private static String fixedField(CatalogueRecord record) {
        StringBuilder fixed = new StringBuilder(" ".repeat(40));
        fixed.replace(0, 6, ENTERED.format(LocalDate.now()));
        if (record.year() != null) {
            fixed.setCharAt(6, 's');
            fixed.replace(7, 11, String.format(Locale.ROOT, "%04d", record.year()));
        } else {
            fixed.setCharAt(6, 'n');
            fixed.replace(7, 11, "uuuu");
        }
        fixed.replace(15, 18, "xx ");
        fixed.replace(35, 38, MarcLanguages.code(record.language()));
        fixed.setCharAt(39, 'd');
        return fixed.toString();
    }

    /** 245 with ISBD punctuation, the nonfiling count for an English leading article in ind2. */
    private static DataField title(CatalogueRecord record, boolean hasMainEntry) {
        String title = record.title();
        String lower = title.toLowerCase(Locale.ROOT);
        int nonfiling = ARTICLES.stream().filter(lower::startsWith).mapToInt(String::length).findFirst().orElse(0);
        boolean subtitle = !record.subtitle().isEmpty();
        boolean responsibility = !record.responsibility().isEmpty();
        DataField field = field("245", hasMainEntry ? '1' : '0', (char) ('0' + nonfiling), 'a',
                title + (subtitle ? " :" : responsibility ? " /" : ""));
        if (subtitle) {
            field.addSubfield(MARC.newSubfield('b', record.subtitle() + (responsibility ? " /" : "")));
        }
        if (responsibility) {
            field.addSubfield(MARC.newSubfield('c', record.responsibility()));
        }
        return field;
    }

    /** RDA's 264 with ind2 = 1 (publication), which Koha and INLISLite both read. */
    private static void publication(Record marc, CatalogueRecord record) {
        if (record.place().isEmpty() && record.publisher().isEmpty() && record.year() == null) {
            return;
        }
        DataField field = MARC.newDataField("264", ' ', '1');
        if (!record.place().isEmpty()) {
            field.addSubfield(MARC.newSubfield('a', record.place() + " :"));
        }
        if (!record.publisher().isEmpty()) {
            field.addSubfield(MARC.newSubfield('b', record.publisher() + (record.year() != null ? "," : "")));
        }
        if (record.year() != null) {
            field.addSubfield(MARC.newSubfield('c', record.year().toString()));
        }
        marc.addVariableField(field);
    }

    private static void addIf(Record marc, String tag, char ind1, char ind2, char code, String value) {
        if (!value.isEmpty()) {
            marc.addVariableField(field(tag, ind1, ind2, code, value));
        }
    }

    private static DataField field(String tag, char ind1, char ind2, char code, String value) {
        DataField field = MARC.newDataField(tag, ind1, ind2);
        field.addSubfield(MARC.newSubfield(code, value));
        return field;
    }
}
