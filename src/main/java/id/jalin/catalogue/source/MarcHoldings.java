package id.jalin.catalogue.source;

import static id.jalin.catalogue.source.MarcFields.dataFields;
import static id.jalin.catalogue.source.MarcFields.first;
import static id.jalin.catalogue.source.MarcFields.values;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.marc4j.marc.DataField;
import org.marc4j.marc.Record;

/**
 * A member's copies and shelf mark as its system writes them into the bibliographic record: Koha's items in 952
 * ($p barcode, $o call number), the MARC holdings field 852 ($p barcode, $h $i classification and item part, $j
 * shelving control number) that INLISLite and others use, and otherwise the call number in 090, 099, 084 or 082.
 */
record MarcHoldings(String callNumber, List<String> itemCodes, int copies, List<String> locations) {
    static MarcHoldings of(Record marc) {
        List<DataField> koha = dataFields(marc, "952");
        List<DataField> holdings = dataFields(marc, "852");
        Set<String> codes = new LinkedHashSet<>();
        for (DataField field : koha) {
            values(field, 'p').forEach(codes::add);
        }
        for (DataField field : holdings) {
            values(field, 'p').forEach(codes::add);
        }
        // an item field without a barcode is still a copy on the shelf
        int copies = Math.max(codes.size(), koha.size() + holdings.size());
        // the site: Koha's home branch ($a, else the holding branch $b), the holdings field's location ($b)
        Set<String> sites = new LinkedHashSet<>();
        for (DataField field : koha) {
            first(field, 'a').or(() -> first(field, 'b')).ifPresent(sites::add);
        }
        for (DataField field : holdings) {
            first(field, 'b').ifPresent(sites::add);
        }
        return new MarcHoldings(callNumber(koha, holdings, marc), List.copyOf(codes), Math.max(1, copies),
                List.copyOf(sites));
    }

    private static String callNumber(List<DataField> koha, List<DataField> holdings, Record marc) {
        String kohaCall = first(koha, 'o');
        if (!kohaCall.isEmpty()) {
            return kohaCall;
        }
        for (DataField field : holdings) {
            List<String> parts = new ArrayList<>();
            first(field, 'h').ifPresent(parts::add);
            first(field, 'i').ifPresent(parts::add);
            if (parts.isEmpty()) {
                first(field, 'j').ifPresent(parts::add);
            }
            if (!parts.isEmpty()) {
                return String.join(" ", parts);
            }
        }
        for (String tag : new String[] {"090", "099", "084", "082"}) {
            for (DataField field : dataFields(marc, tag)) {
                List<String> parts = new ArrayList<>();
                first(field, 'a').ifPresent(parts::add);
                // 090 (a local LC-style call number) carries the item part in $b
                if ("090".equals(tag)) {
                    first(field, 'b').ifPresent(parts::add);
                }
                if (!parts.isEmpty()) {
                    return String.join(" ", parts);
                }
            }
        }
        return "";
    }
}
