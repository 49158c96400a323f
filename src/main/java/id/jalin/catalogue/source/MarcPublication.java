package id.jalin.catalogue.source;

import static id.jalin.catalogue.source.MarcFields.all;
import static id.jalin.catalogue.source.MarcFields.control;
import static id.jalin.catalogue.source.MarcFields.dataFields;

import id.jalin.catalogue.domain.RecordFlag;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marc4j.marc.DataField;
import org.marc4j.marc.Record;

/**
 * Where and when a record says its book was published. RDA records (Koha, INLISLite since 2016) write 264 with
 * ind2 = 1 for the publication and other ind2 values for production, distribution, copyright; AACR2 records and
 * SLiMS write 260. Both are read, the publication statement first, so neither kind of record loses its year.
 */
final class MarcPublication {
    /** Four digits that can be a year of printing, not part of a longer number: "c2015", "[2015?]", "2015." */
    private static final Pattern YEAR = Pattern.compile("(?<![0-9])(1[4-9][0-9]{2}|2[0-9]{3})(?![0-9])");

    private MarcPublication() {
    }

    /** 264 with ind2 = 1, then 260, then any other 264 (copyright, distribution): the order each value is sought in. */
    static List<DataField> fieldsInPreference(Record marc) {
        List<DataField> fields = new ArrayList<>();
        List<DataField> rda = dataFields(marc, "264");
        rda.stream().filter(field -> field.getIndicator2() == '1').forEach(fields::add);
        fields.addAll(dataFields(marc, "260"));
        rda.stream().filter(field -> field.getIndicator2() != '1').forEach(fields::add);
        return fields;
    }

    /**
     * The year from 26x $c; else from 008/07-10 when those are four digits. When 26x gives a date but no year can be
     * read from it nor from 008, the record is flagged, so the user sees why it is missing from the year filter.
     */
    static Integer year(Record marc, List<DataField> publication, List<RecordFlag> flags) {
        List<String> dates = all(publication, 'c');
        for (String date : dates) {
            Integer year = yearIn(date);
            if (year != null) {
                return year;
            }
        }
        String fixed = control(marc, "008");
        if (fixed.length() >= 11) {
            Integer year = yearIn(fixed.substring(7, 11));
            if (year != null) {
                return year;
            }
        }
        MarcRecordMapping.flagIf(!dates.isEmpty(), RecordFlag.UNREADABLE_YEAR, flags);
        return null;
    }

    /** The first plausible year written in the text (not after next year), or null. */
    static Integer yearIn(String text) {
        Matcher found = YEAR.matcher(text);
        while (found.find()) {
            int year = Integer.parseInt(found.group(1));
            if (year <= Year.now().getValue() + 1) {
                return year;
            }
        }
        return null;
    }
}
