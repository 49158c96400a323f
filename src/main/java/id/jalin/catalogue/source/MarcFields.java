package id.jalin.catalogue.source;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.marc4j.marc.ControlField;
import org.marc4j.marc.DataField;
import org.marc4j.marc.Record;
import org.marc4j.marc.Subfield;
import org.marc4j.marc.VariableField;

/**
 * How the mapping reads a MARC record's fields: subfield text in NFC (so "é" written as e + combining accent, as
 * MARC-8 conversion gives it, meets the precomposed "é" a CSV gives), with the ISBD punctuation catalogues end a
 * subfield with (" /", " :", " ;", " =", ",", ".") taken off, since it belongs to the display, not the value.
 */
final class MarcFields {
    private MarcFields() {
    }

    /** Text in NFC, stripped; the empty string for null. */
    static String nfc(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC).strip();
    }

    /**
     * The record last indexed on this thread. Mapping one record asks for its fields by tag some thirty times, and
     * marc4j answers each by scanning every field; indexing the fields once per record took a third off the time
     * of mapping a record (profiled on 20,000 LC records).
     */
    private static final ThreadLocal<Indexed> LAST = new ThreadLocal<>();

    private record Indexed(Record marc, List<DataField> all, Map<String, List<DataField>> byTag) {
        static Indexed of(Record marc) {
            List<DataField> all = marc.getDataFields();
            Map<String, List<DataField>> byTag = new HashMap<>();
            for (DataField field : all) {
                byTag.computeIfAbsent(field.getTag(), tag -> new ArrayList<>(2)).add(field);
            }
            return new Indexed(marc, all, byTag);
        }
    }

    /** The data fields with these tags, in the order the record holds them. */
    static List<DataField> dataFields(Record marc, String... tags) {
        Indexed indexed = LAST.get();
        if (indexed == null || indexed.marc() != marc || indexed.all().size() != marc.getDataFields().size()) {
            indexed = Indexed.of(marc);
            LAST.set(indexed);
        }
        if (tags.length == 1) {
            return indexed.byTag().getOrDefault(tags[0], List.of());
        }
        Set<String> wanted = Set.of(tags);
        List<DataField> fields = new ArrayList<>();
        for (DataField field : indexed.all()) {
            if (wanted.contains(field.getTag())) {
                fields.add(field);
            }
        }
        return fields;
    }

    /** The control field's data (001, 008), or the empty string when the record has none. */
    static String control(Record marc, String tag) {
        VariableField field = marc.getVariableField(tag);
        return field instanceof ControlField control && control.getData() != null ? control.getData() : "";
    }

    /** Every non-blank value of the subfield, in NFC and stripped (not yet trimmed of punctuation). */
    static List<String> values(DataField field, char code) {
        List<String> values = new ArrayList<>();
        for (Subfield subfield : field.getSubfields(code)) {
            String value = nfc(subfield.getData());
            if (!value.isEmpty()) {
                values.add(value);
            }
        }
        return values;
    }

    /** The first non-blank value of the subfield, trimmed of ISBD punctuation. */
    static Optional<String> first(DataField field, char code) {
        return values(field, code).stream().map(MarcFields::trimmed).filter(v -> !v.isEmpty()).findFirst();
    }

    /** The first value of the subfield in these fields, trimmed of ISBD punctuation but not of a final full stop. */
    static String firstKeepingStop(List<DataField> fields, char code) {
        for (DataField field : fields) {
            for (String value : values(field, code)) {
                String trimmed = trimmed(value, true);
                if (!trimmed.isEmpty()) {
                    return trimmed;
                }
            }
        }
        return "";
    }

    /** The first non-blank value of the subfield in any of these fields. */
    static String first(List<DataField> fields, char code) {
        for (DataField field : fields) {
            Optional<String> value = first(field, code);
            if (value.isPresent()) {
                return value.get();
            }
        }
        return "";
    }

    /** Every value of the subfield in these fields, trimmed, blanks left out. */
    static List<String> all(List<DataField> fields, char code) {
        List<String> values = new ArrayList<>();
        for (DataField field : fields) {
            for (String value : values(field, code)) {
                String trimmed = trimmed(value);
                if (!trimmed.isEmpty()) {
                    values.add(trimmed);
                }
            }
        }
        return values;
    }

    /**
     * The value without the ISBD punctuation that ends it ("Jakarta :" → "Jakarta", "Gramedia," → "Gramedia",
     * "2015." → "2015", "320 hlm. +" → "320 hlm."; "Pemrograman C++" stays)
     * and without the punctuation that leads it (SLiMS writes 245 $b as " : rest"). A full stop
     * after a single capital is an initial ("Smith, J.") and stays.
     */
    static String trimmed(String value) {
        return trimmed(value, false);
    }

    /**
     * As {@link #trimmed(String)}; with {@code keepStop} a final full stop stays, for fields where it ends an
     * abbreviation more often than it closes the field ("250 hlm.", "2nd ed.", "Cet. 2.").
     */
    static String trimmed(String value, boolean keepStop) {
        String text = value.strip();
        boolean changed = true;
        while (changed && !text.isEmpty()) {
            changed = false;
            char last = text.charAt(text.length() - 1);
            // ISBD's "+" (accompanying material) stands after a space; one that does not belongs to a word: "C++"
            boolean isbdPlus = last == '+' && text.length() > 1
                    && Character.isWhitespace(text.charAt(text.length() - 2));
            if ("/:;=,".indexOf(last) >= 0 || isbdPlus || (last == '.' && !keepStop && !endsWithInitial(text))) {
                text = text.substring(0, text.length() - 1).strip();
                changed = true;
            }
        }
        while (!text.isEmpty() && "/:;=,".indexOf(text.charAt(0)) >= 0) {
            text = text.substring(1).strip();
        }
        return text;
    }

    private static boolean endsWithInitial(String text) {
        int n = text.length();
        if (n < 2 || !Character.isUpperCase(text.charAt(n - 2))) {
            return false;
        }
        return n == 2 || !Character.isLetter(text.charAt(n - 3));
    }
}
